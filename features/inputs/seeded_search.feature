@extended @search
Feature: A seeded search finds the near-misses no list holds
  Beyond the families, the suite searches the space around the documented request, every part of it, and around
  the key: random inputs of one to three small edits, from a seed (marqtune.fuzz.seed, random unless given, always
  printed and recorded in the run manifest) and within a budget of requests (marqtune.fuzz.requests: 40 against a
  live target, 400 against the embedded simulator, 0 to turn it off), three quarters for requests. An edit of a
  request swaps a digit of the id or edits a character of it, puts a token a router reads into the path, changes the
  method, or moves the key to another place a credential extractor reads; each input is judged by the contract's
  precedence, as every request is. An input answered otherwise than documented is shrunk to the fewest edits that
  still fail, and the failure gives the seed, the input as found and as shrunk, and how to run exactly that search
  again. The report lists every input sent in a table, and attaches in full the exchanges of those answered otherwise
  than documented.

  Background:
    Given a client with a valid API key

  @R3
  Scenario: Generated near-misses of the request are answered as the contract says
    When the client searches the requests near the documented one, within its budget
    Then every generated input is answered as documented

  @R4
  Scenario: Generated near-misses of the key are refused as unauthorised
    When the client searches the keys near the configured key, within its budget
    Then every generated input is answered as documented
