@extended @near-miss-keys @R4
Feature: Every near-miss of the key is refused as unauthorised
  A reading of the page: a key is a secret compared exactly and as a whole. The valid key with anything
  appended or prepended, with characters cut from either end, with one character changed or one letter's
  case changed at any position, or sent anywhere but the x-api-key header, is a wrong key: 401
  "Unauthorized.". Two things are not a different key: whitespace around a header's value, which HTTP
  itself strips, and the header name's case (RFC 9110). Every key sent is derived from the configured
  key when it is sent, and is shown only as an expression of $MARQTUNE_API_KEY.

  Background:
    Given a client with a valid API key

  Scenario Outline: The key <family> is refused as unauthorised
    When the client presents the key <family>
    Then each is refused as unauthorised

    Examples: near-misses of the key
      | family                                                 |
      | with a character appended                              |
      | with a character prepended                             |
      | with its last character cut                            |
      | with its first character cut                           |
      | with one character changed, first, middle and last     |
      | with one letter's case changed, first, middle and last |
      | twice over                                             |
      | with a space inside                                    |
      | in Authorization: Bearer instead of x-api-key          |
      | in the query parameter x-api-key instead of the header |

  @R1
  Scenario Outline: The key <family> is still the key
    When the client presents the key <family>
    Then each is served the model

    Examples: what HTTP does not count as a different key
      | family                                    |
      | with whitespace around the header's value |
      | in a header whose name is in upper case   |
