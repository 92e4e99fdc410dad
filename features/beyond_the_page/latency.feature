@extended @latency @R1
Feature: The model arrives within the latency budget
  Beyond the page: a client can count on the model in reasonable time. R1 is sampled
  marqtune.latency.samples times (20 by default), one request after another, and the 95th percentile
  of the response times must be within marqtune.latency.p95Ms (2000 ms by default). Every sample must
  be the model; the samples are attached to the report.

  Scenario: 95% of the answers arrive within the latency budget
    Given a client with a valid API key
    When the client asks for the configured model again and again
    Then 95% of the answers arrive within the latency budget
