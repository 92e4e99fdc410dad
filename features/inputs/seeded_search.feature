@extended @search
Feature: A seeded search finds the near-misses no list holds
  Beyond the fixed near-misses, the suite searches the spaces around the model's id and around the key:
  random inputs of one to three small edits, from a seed (marqtune.fuzz.seed, random unless given, always
  printed and recorded in the run manifest) and within a budget of requests (marqtune.fuzz.requests: 40
  against a live target, 400 against the embedded simulator, 0 to turn it off), three quarters for ids.
  An input answered otherwise than documented is shrunk to the fewest edits that still fail, and the
  failure gives the seed, the input as found and as shrunk, and how to run exactly that search again.
  The report lists every input sent in a table, and attaches in full the exchanges of those answered
  otherwise than documented.

  Background:
    Given a client with a valid API key

  @R3
  Scenario: Generated near-misses of a model id are answered as documented
    When the client searches the model ids near the model's, within its budget
    Then every generated input is answered as documented

  @R4
  Scenario: Generated near-misses of the key are refused as unauthorised
    When the client searches the keys near the configured key, within its budget
    Then every generated input is answered as documented
