@R4 @documented
Feature: Get Model refuses a client without a valid API key
  The API key travels in the x-api-key header. A request whose key is missing or wrong gets HTTP 401
  from the gateway in front of the service, as a bare message without the service's envelope:
  {"message": "Unauthorized."}

  Scenario Outline: A request with <key> is refused
    Given a client with <key>
    When the client asks for the configured model
    Then the gateway answers 401 "Unauthorized."
    And the response matches the "gateway-error" schema

    Examples: kinds of bad key
      | key             |
      | a wrong API key |
      | no API key      |
