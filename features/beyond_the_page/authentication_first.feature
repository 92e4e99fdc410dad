@extended @auth-first @R4
Feature: Authentication comes first
  A reading of the page: a request with a bad key gets 401 "Unauthorized." whatever else is wrong with
  it. A service that validated the id, looked the model up or checked the method before the key would
  tell a caller without a key which ids exist and how the service is built.

  Scenario Outline: <key> and a model id that is not a UUID is refused as unauthorised
    Given a client with <key>
    When the client asks for the model id "not-a-uuid"
    Then the gateway answers 401 "Unauthorized."
    And the response matches the "gateway-error" schema

    Examples: kinds of bad key
      | key             |
      | a wrong API key |
      | no API key      |

  Scenario Outline: <key> and a UUID that names no model is refused as unauthorised
    Given a client with <key>
    When the client asks for a model id that names no model
    Then the gateway answers 401 "Unauthorized."
    And the response matches the "gateway-error" schema

    Examples: kinds of bad key
      | key             |
      | a wrong API key |
      | no API key      |

  Scenario Outline: <key> and a method other than GET is refused as unauthorised
    Given a client with <key>
    When the client asks for a model with the method POST
    Then the gateway answers 401 "Unauthorized."
    And the response matches the "gateway-error" schema

    Examples: kinds of bad key
      | key             |
      | a wrong API key |
      | no API key      |
