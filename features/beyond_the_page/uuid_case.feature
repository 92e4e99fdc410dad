@extended @uuid-case @R5
Feature: A UUID is a UUID in either case
  A reading of the page: UUIDs are case-insensitive (RFC 9562), so an upper-case well-formed UUID is a
  valid model id. When it names no model the answer is 404 "model not found", not "Invalid model id".

  Scenario: An upper-case UUID that names no model is not found
    Given a client with a valid API key
    When the client asks for an upper-case model id that names no model
    Then the service answers 404 "model not found"
    And the response matches the "service-error" schema
