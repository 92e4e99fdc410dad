@R2 @documented
Feature: Get Model accepts only GET, and only on its own path
  Any other method, or a path that is not one of the API's routes, gets HTTP 400 with
  {"statusCode": 400, "body": {"message": "Invalid request method"}}.
  The suite sends other methods only to a model id it has just made up at random, and never DELETE:
  on the live service these methods change or delete models.

  Background:
    Given a client with a valid API key

  Scenario Outline: <method> is refused as an invalid request method
    When the client asks for a model with the method <method>
    Then the service answers 400 "Invalid request method"
    And the response matches the "service-error" schema

    Examples: methods that write
      | method |
      | POST   |
      | PUT    |
      | PATCH  |

  Scenario Outline: <path>, which is not one of the API's routes, is refused as an invalid request method
    When the client asks for <path>, which is not one of the API's routes
    Then the service answers 400 "Invalid request method"
    And the response matches the "service-error" schema

    Examples: paths next to the real ones
      | path                              |
      | the singular model path           |
      | another API version's models path |
