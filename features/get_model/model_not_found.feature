@R5 @documented
Feature: Get Model says so when no model has the id
  A well-formed UUID that names no model of the account gets HTTP 404 with
  {"statusCode": 404, "body": {"message": "model not found"}}.

  Scenario: A UUID that names no model is not found
    Given a client with a valid API key
    When the client asks for a model id that names no model
    Then the service answers 404 "model not found"
    And the response matches the "service-error" schema
