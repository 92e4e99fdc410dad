@extended @near-miss-ids @R5
Feature: A UUID near the model's id is the UUID it is
  A reading of the page: every UUID in canonical form is a model id, whatever its version and variant,
  and two ids name the same model only when they are the same UUID (case aside). A UUID one digit away
  from the model's names no model (404 "model not found"), or exactly the model it is: never the model
  it is near, as a lookup by prefix would answer, and never "Invalid model id", as a validator that knows
  only some versions would.

  Background:
    Given a client with a valid API key

  Scenario Outline: A UUID <family> names no model, or exactly itself
    When the client asks for every model id <family>
    Then each is answered as the UUID it is

    Examples: canonical near-misses
      | family                                                |
      | with the first, the version or the last digit changed |
      | with a version and a variant no RFC defines           |
