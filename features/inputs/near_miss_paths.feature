@extended @near-miss-paths @R2
Feature: Every path that is not the route is refused as an invalid request method
  A reading of the page: the route is the base URL's own path followed by exactly two segments, models and the
  model id. Any other path gets 400 "Invalid request method", even one that a router, a framework or a gateway
  would rewrite into the route before matching: a path the route matches only after such a rewrite is not the
  route. Each path is the model's own path with one such rewrite undone, so that a server that rewrites it and finds
  the model is caught; only what follows the base URL's own path is changed. The report attaches every request sent
  and its answer.

  Background:
    Given a client with a valid API key

  Scenario Outline: The model's path <family> is refused as an invalid request method
    When the client asks for the model at every path <family>
    Then each is refused as an invalid request method

    Examples: what routers and gateways rewrite before matching
      | family                                          |
      | with a slash after the id                       |
      | with a slash repeated                           |
      | with a dot-segment, plain or percent-encoded    |
      | with models in another case                     |
      | with a ;parameter on models                     |
      | with the slash before the id percent-encoded    |
      | with a percent-encoded backslash for the slash  |
      | with models percent-encoded twice               |
      | with a suffix on models                         |
      | with a segment after the id                     |
