@extended @near-miss-keys @R4
Feature: Every near-miss of the key is refused as unauthorised
  A reading of the page: a key is a secret compared exactly and as a whole. The valid key with anything
  appended or prepended, with characters cut from either end, with one character changed or one letter's
  case changed at any position, is a wrong key: 401 "Unauthorized.". Where the key travels is "The key travels
  in x-api-key and nowhere else"; what HTTP does not count as a different key is "Every form of the documented
  request gets the model". Every key sent is derived from the configured key when it is sent, and is shown only
  as an expression of $MARQTUNE_API_KEY.

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
