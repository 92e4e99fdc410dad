@sweep @R1
Feature: Every model of the account conforms
  The configured model is one record; migrations and new training paths break others. The sweep lists
  the account's models (the listing and each of its elements must match their schemas), then fetches
  each listed model, checks it as R1 is checked (the "model-details" schema with its failureReason rule,
  statusCode 200, the model that was asked for) and checks that it agrees with its element of the
  listing, field for field.
  It checks marqtune.sweep.max models (200 by default, 0 for all), marqtune.sweep.concurrency at a time
  (4), never faster than marqtune.sweep.ratePerSecond (10 against a live target). One verdict: it fails
  when any model does not conform, naming the first 20; the full table is attached to the report.

  Scenario: Every listed model is returned as documented and as listed
    Given a client with a valid API key
    When the client sweeps the models of the account
    Then every listed model conforms to the contract
