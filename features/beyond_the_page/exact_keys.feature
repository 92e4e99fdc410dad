@extended @exact-keys @R4
Feature: API keys are secrets compared exactly
  A reading of the page: a missing key, an empty key and a wrong key are all refused with 401
  "Unauthorized.", and a key is compared to the letter: the valid key with the case of one letter
  changed is a wrong key.

  Scenario Outline: A request with <key> is refused
    Given a client with <key>
    When the client asks for the configured model
    Then the gateway answers 401 "Unauthorized."
    And the response matches the "gateway-error" schema

    Examples: keys that are almost right
      | key                                             |
      | an empty API key                                |
      | the API key with the case of one letter changed |
