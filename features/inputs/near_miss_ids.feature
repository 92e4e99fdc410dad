@extended @near-miss-ids @R3
Feature: Every near-miss of a model id is refused as an invalid model id
  A reading of the page: a model id is a UUID only in its canonical text form, 36 ASCII characters,
  hexadecimal digits in groups of 8-4-4-4-12 joined by hyphens, in either case. Any other text gets
  400 "Invalid model id", including every form that some UUID parser reads as a UUID, and including
  near-misses of an existing model's id: a server that normalises an id before looking it up answers
  404, or even the model, where the page says 400. Each family's inputs are derived from the model
  under test's id and from a random UUID; the report attaches every input sent and its answer.

  Background:
    Given a client with a valid API key

  Scenario Outline: An id <family> is refused as an invalid model id
    When the client asks for every model id <family>
    Then each is refused as an invalid model id

    Examples: every rule of the canonical form broken once
      | family                                        |
      | with a group one digit short                  |
      | with a group one digit long                   |
      | with a hyphen missing                         |
      | with a hyphen moved by one digit              |
      | with a hyphen doubled                         |
      | with a letter that is not a hexadecimal digit |
      | with a digit that is not ASCII                |
      | with whitespace or a NUL around it            |
      | with whitespace or a control character inside |
      | with percent-encoding a server decodes twice  |
      | with a dot at its end                         |
      | with a line break at its end                  |
      | that is empty                                 |
      | of more than 36 characters                    |

    Examples: what UUID parsers read besides the canonical form
      | family                                        |
      | with a group's leading zero dropped           |
      | with a group's leading zero written as '+'    |
      | in braces                                     |
      | in parentheses                                |
      | of 32 digits without hyphens                  |
      | with a hyphen after every four digits         |
      | written as a structure of hexadecimal numbers |
      | with a urn:uuid: or uuid: prefix              |
      | with a brace on one side, or two              |
