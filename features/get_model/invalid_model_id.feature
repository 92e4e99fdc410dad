@R3 @documented
Feature: Get Model refuses a model id that is not a UUID
  A model id must be a UUID: 32 hexadecimal digits in groups of 8-4-4-4-12, separated by hyphens.
  Any other id gets HTTP 400 with {"statusCode": 400, "body": {"message": "Invalid model id"}}, without
  the service looking it up.

  Background:
    Given a client with a valid API key

  Scenario Outline: The id "<model id>" is refused as an invalid model id
    When the client asks for the model id "<model id>"
    Then the service answers 400 "Invalid model id"
    And the response matches the "service-error" schema

    Examples: words and numbers
      | model id   |
      | not-a-uuid |
      | 1234567890 |

    Examples: almost a UUID
      | model id                               |
      | 0f8fad5b-d9cb-469f-a165-70867728950    |
      | 0f8fad5b-d9cb-469f-a165-70867728950e1  |
      | {0f8fad5b-d9cb-469f-a165-70867728950e} |
      | 0f8fad5b-d9cb-469f-a165-70867728950g   |
