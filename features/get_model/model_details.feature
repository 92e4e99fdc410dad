@R1 @documented
Feature: Get Model returns the model a client asks for
  A client with a valid API key that asks for an existing model gets HTTP 200 with the model, inside
  the service's envelope: {"statusCode": 200, "body": { model }}. The model carries modelId, modelName,
  status, secondaryStatus, baseModel, instanceType (marqtune.basic or marqtune.performance),
  checkpoints and hyperparameters; failureReason exactly when the status is failed; baseCheckpoint and
  maxTrainingTime only when known. No other field is documented, so no other field is accepted.

  Background:
    Given a client with a valid API key

  Scenario: An existing model is returned in the documented shape
    When the client asks for the configured model
    Then the service answers 200 with the model
    And the response matches the "model-details" schema

  Scenario: The model returned is the one that was asked for
    When the client asks for the configured model
    Then the model is the one that was asked for
