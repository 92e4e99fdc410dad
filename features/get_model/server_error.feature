@R6 @documented @needs-server-error-trigger
Feature: Get Model reports a failure of the service as the gateway's 500
  When the service fails, the gateway answers HTTP 500 with a bare message, without the service's
  envelope: {"message": "Internal server error."}
  A live environment fails only where it offers a fault-injection hook: a model id, set as
  marqtune.serverError.modelId, that it answers with 500. Without one this scenario is skipped, never passed.

  Scenario: A failure of the service is reported as an internal server error
    Given a client with a valid API key
    When the client asks for the model that the environment fails on
    Then the gateway answers 500 "Internal server error."
    And the response matches the "gateway-error" schema
