@extended @same-request @R1
Feature: Every form of the documented request gets the model
  A reading of the page: a request that the contract counts as the same request gets the model, exactly as the
  documented one does. HTTP makes some forms the same (a field's name in any case, whitespace around its value, the
  request-target in absolute form); a UUID is the same in either case (RFC 9562); the route does not read the query.
  Percent-encoding is the one choice the contract leaves: a percent-encoded unreserved character is that character
  (RFC 3986, 6.2.2.2), so a server may decode it once and serve the model, or not at all and refuse the path or the
  id as it reads them; never decode it twice. The report attaches every request sent and its answer.

  Background:
    Given a client with a valid API key

  Scenario Outline: The request <family> gets the model
    When the client sends the request for the model <family>
    Then each is served the model, as the documented request is

    Examples: what HTTP counts as the same request
      | family                                     |
      | with whitespace around the key's value     |
      | with the key's field name in upper case    |
      | with its target in absolute form           |

    Examples: what the contract counts as the same request
      | family                                        |
      | with the model's id in upper case             |
      | with a query the route does not read          |
      | with an unreserved character percent-encoded  |
