@extended @key-placement @R4
Feature: The key travels in x-api-key and nowhere else
  A reading of the page: the key travels in the x-api-key field. The valid key sent anywhere else (an Authorization
  header, a query parameter, another header, a cookie) is no key, and the request is refused with 401
  "Unauthorized.", as a request without a key is. Two x-api-key fields are one field whose value is their
  comma-joined list (RFC 9110, 5.3), which is not the key either. Every key sent is shown only as an expression of
  $MARQTUNE_API_KEY; the report attaches every request sent and its answer.

  Background:
    Given a client with a valid API key

  Scenario Outline: The key <family> is refused as unauthorised
    When the client sends the key <family>
    Then each is refused as unauthorised

    Examples: where credential extractors read a key
      | family                                      |
      | in an Authorization header                  |
      | in a query parameter                        |
      | in another header                           |
      | in x_api_key                                |
      | in a cookie                                 |
      | in two x-api-key fields, or one with a list |
