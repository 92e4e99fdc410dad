@extended @auth-first @R4
Feature: Authentication comes first
  A reading of the page: a request with a bad key gets 401 "Unauthorized." whatever else is wrong with
  it. A service that validated the id, looked the model up, checked the method or matched the route before
  the key would tell a caller without a key which ids exist and how the service is built. Gateways do the
  last two by default: AWS API Gateway matches the resource and its method before the authorizer runs.

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

  Scenario Outline: <key> and the method <method> is refused as unauthorised
    Given a client with <key>
    When the client asks for a model with the method <method>
    Then the gateway answers 401 "Unauthorized."
    And the response matches the "gateway-error" schema

    Examples: kinds of bad key, with a method that writes
      | key             | method |
      | a wrong API key | POST   |
      | no API key      | POST   |

    Examples: kinds of bad key, with a method a framework or gateway refuses by itself
      | key             | method   |
      | a wrong API key | OPTIONS  |
      | no API key      | PROPFIND |
      | a wrong API key | get      |
      | no API key      | OPTIONS  |

  Scenario Outline: <key> and a path that is not one of the API's routes is refused as unauthorised
    Given a client with <key>
    When the client asks for the singular model path, which is not one of the API's routes
    Then the gateway answers 401 "Unauthorized."
    And the response matches the "gateway-error" schema

    Examples: kinds of bad key
      | key             |
      | a wrong API key |
      | no API key      |
