@extended @account-isolation @R5 @needs-foreign-key
Feature: One account cannot read another account's model
  A reading of the page: a valid key of a second account gets 404 "model not found" for this
  account's model, as if the model did not exist, so that no account learns of another's models.
  Needs marqtune.foreignApiKey (MARQTUNE_FOREIGN_API_KEY): without one this scenario is skipped.

  Scenario: Another account's key does not find this account's model
    Given a client with another account's valid API key
    When the client asks for the configured model
    Then the service answers 404 "model not found"
    And the response matches the "service-error" schema
