// The request target as the web server decodes it (src/web/http_message.*): the path and
// the query are percent-decoded, malformed escapes refused, and only origin-form targets
// accepted, so that no route sees an encoded '/' or '..' it did not ask for.
#include <catch2/catch.hpp>

#include "web/http_message.hpp"

using namespace mg::web;

TEST_CASE("a target's path and query are decoded", "[web][http]") {
    const auto t = parse_target("/api/v1/foods?q=pumpkin%20seeds&limit=10&x=a+b");
    REQUIRE(t);
    CHECK(t->path == "/api/v1/foods");
    CHECK(t->params.at("q") == "pumpkin seeds");
    CHECK(t->params.at("limit") == "10");
    CHECK(t->params.at("x") == "a b");  // '+' is a space in a query
}

TEST_CASE("an encoded slash or dot reaches the route decoded, a '+' in a path stays",
          "[web][http]") {
    CHECK(parse_target("/foods/..%2f..%2fetc%2fpasswd")->path == "/foods/../../etc/passwd");
    CHECK(parse_target("/%2e%2e/x")->path == "/../x");
    CHECK(parse_target("/foods/a+b")->path == "/foods/a+b");
}

TEST_CASE("a name given twice keeps its first value; a name alone is empty", "[web][http]") {
    const auto t = parse_target("/?profile=a&profile=b&flag&&=v");
    REQUIRE(t);
    CHECK(t->params.at("profile") == "a");
    CHECK(t->params.at("flag").empty());
    CHECK(t->params.at("") == "v");
}

TEST_CASE("malformed escapes and other target forms are refused", "[web][http]") {
    CHECK_FALSE(parse_target("/x%2"));
    CHECK_FALSE(parse_target("/x%zz"));
    CHECK_FALSE(parse_target("/?q=%"));
    CHECK_FALSE(parse_target("http://evil.example/"));
    CHECK_FALSE(parse_target("*"));
    CHECK_FALSE(parse_target(""));
    CHECK(percent_decode("%41%62", false) == "Ab");
    CHECK(percent_decode("a%00b", false) == std::string("a\0b", 3));
}

TEST_CASE("headers are found without regard to case", "[web][http]") {
    const HttpRequest r{.headers = {{"Host", "127.0.0.1:8431"}, {"X-CSRF-Token", "t"}}};
    CHECK(r.header("host") == "127.0.0.1:8431");
    CHECK(r.header("x-csrf-token") == "t");
    CHECK(r.header("Origin").empty());
    CHECK(r.header_count("HOST") == 1);
    CHECK(r.header_count("Origin") == 0);
    const HttpRequest twice{.headers = {{"Host", "127.0.0.1:8431"}, {"host", "evil.example"}}};
    CHECK(twice.header("Host") == "127.0.0.1:8431");
    CHECK(twice.header_count("Host") == 2);
}
