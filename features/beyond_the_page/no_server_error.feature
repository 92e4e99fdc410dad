@extended @no-server-error
Feature: No input makes the service fail
  A reading of the page: whatever the id, the service answers with one of its documented refusals:
  400 "Invalid model id" or 404 "model not found", or 400 "Invalid request method" where the id
  changes the path itself (as ".." does). Never a 5xx, which would mean the input reached code that
  was not written for it.

  Background:
    Given a client with a valid API key

  Scenario: An id of 1,000 characters is refused, not choked on
    When the client asks for a model id of 1000 characters
    Then the answer is a documented refusal, not a server error

  Scenario Outline: The id <model id> is refused, not choked on
    When the client asks for the model id "<model id>"
    Then the answer is a documented refusal, not a server error

    Examples: quotes and separators
      | model id                                  |
      | it's-a-model                              |
      | model\"id                                 |
      | 3f1c2a9e-6b7d-4e21-9a55-0c8d7e6f1a01;drop |
      | ..                                        |
      | ..%2Fmodels                               |
      | models%2F3f1c2a9e                         |

    Examples: letters that are not ASCII
      | model id          |
      | modèle-ñandú-模型 |

    Examples: the nil UUID
      | model id                             |
      | 00000000-0000-0000-0000-000000000000 |
