@extended @near-miss-methods @R2
Feature: Every method but GET is refused as an invalid request method
  A reading of the page: a method is GET only when it is exactly GET (methods are case-sensitive, RFC 9110 9.1).
  Every other method gets 400 "Invalid request method", including those a framework answers by itself for a route
  that declares only GET, and a POST that asks, in a field or a parameter, to be read as GET. The methods are those
  of IANA's HTTP Method Registry that it marks safe, beside POST, PUT and PATCH (see "Get Model accepts only GET");
  each goes to a model id made up at random for it, and DELETE is never sent. The report attaches every request sent
  and its answer.

  Background:
    Given a client with a valid API key

  Scenario Outline: A method <family> is refused as an invalid request method
    When the client asks for a model with every method <family>
    Then each is refused as an invalid request method

    Examples: what frameworks and servers do by default
      | family                                                         |
      | that frameworks answer by themselves for a GET route           |
      | that the registry marks safe, of WebDAV, versioning and search |
      | GET in lower case                                              |
      | POST that asks to be read as GET                               |
