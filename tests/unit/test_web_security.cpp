// The checks every request to `mgcalc web` passes (src/web/security.*, docs/web.md#security):
// the Host header against DNS rebinding, the access token off loopback, the CSRF token and a
// same-origin Origin on state-changing requests, and the headers every response carries.
#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "core/diagnostic.hpp"
#include "web/security.hpp"

using namespace mg::web;

namespace {

const std::string kCsrf(64, 'c');
const std::string kToken = "0123456789abcdef0123456789abcdef";

Gate loopback_gate() {
    return Gate{.hosts = allowed_hosts("127.0.0.1", 8431), .access_token = {}, .csrf = kCsrf};
}

RequestFacts get(const std::string& host = "127.0.0.1:8431") {
    return RequestFacts{.method = "GET", .host = host, .host_headers = 1};
}

RequestFacts post(const std::string& origin, const std::string& csrf,
                  const std::string& host = "127.0.0.1:8431") {
    return RequestFacts{
        .method = "POST", .host = host, .host_headers = 1, .origin = origin, .csrf_header = csrf};
}

}  // namespace

TEST_CASE("loopback is 127.0.0.0/8, ::1 and localhost, and nothing that only looks like it",
          "[web][security]") {
    for (const char* a : {"127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"})
        CHECK(is_loopback(a));
    for (const char* a : {"0.0.0.0", "192.168.1.5", "::", "", "127.evil.example",
                          "127.0.0.1.evil.example", "localhost.evil.example", "1127.0.0.1"}) {
        INFO(a);
        CHECK_FALSE(is_loopback(a));
    }
}

TEST_CASE("the server answers to its own address and port only", "[web][security]") {
    const auto v4 = allowed_hosts("127.0.0.1", 8431);
    CHECK(std::set<std::string>(v4.begin(), v4.end()) ==
          std::set<std::string>{"127.0.0.1:8431", "localhost:8431", "[::1]:8431"});
    const auto v6 = allowed_hosts("::1", 9000);
    CHECK(host_allowed("[::1]:9000", v6));
    CHECK(host_allowed("localhost:9000", v6));
    CHECK_FALSE(host_allowed("::1:9000", v6));
    // Off loopback, only the address given (what clients use), bracketed when IPv6.
    CHECK(allowed_hosts("192.168.1.5", 80) == std::vector<std::string>{"192.168.1.5:80"});
    CHECK(allowed_hosts("fd00::5", 80) == std::vector<std::string>{"[fd00::5]:80"});

    for (const char* h : {"127.0.0.1:8431", "localhost:8431", "[::1]:8431"})
        CHECK(host_allowed(h, v4));
    for (const char* h :
         {"evil.example", "evil.example:8431", "127.0.0.1.evil.example:8431", "127.0.0.1",
          "127.0.0.1:8432", "localhost", "127.0.0.1:84310", "[::1]", "", " 127.0.0.1:8431"}) {
        INFO(h);
        CHECK_FALSE(host_allowed(h, v4));
    }
}

TEST_CASE("a same origin is exactly http:// and the Host", "[web][security]") {
    CHECK(same_origin("http://127.0.0.1:8431", "127.0.0.1:8431"));
    CHECK(same_origin("http://[::1]:8431", "[::1]:8431"));
    for (const char* o : {"https://127.0.0.1:8431", "http://127.0.0.1:8431/", "http://evil.example",
                          "http://127.0.0.1:8431.evil.example", "null", "", "http://127.0.0.1",
                          "HTTP://127.0.0.1:8431"}) {
        INFO(o);
        CHECK_FALSE(same_origin(o, "127.0.0.1:8431"));
    }
    CHECK_FALSE(same_origin("http://", ""));  // no Host: never the same origin
}

TEST_CASE("secrets compare equal only when equal, whatever their lengths", "[web][security]") {
    CHECK(constant_time_equal(kCsrf, kCsrf));
    CHECK(constant_time_equal("", ""));
    CHECK_FALSE(constant_time_equal(kCsrf, kCsrf.substr(0, 63)));
    CHECK_FALSE(constant_time_equal(kCsrf.substr(0, 63), kCsrf));
    CHECK_FALSE(constant_time_equal(kCsrf, kCsrf + "c"));
    CHECK_FALSE(constant_time_equal(kCsrf, ""));
    CHECK_FALSE(constant_time_equal("", kCsrf));
    std::string last = kCsrf;
    last.back() = 'd';
    CHECK_FALSE(constant_time_equal(kCsrf, last));
    // A NUL byte is a byte like any other, not the end of the string.
    CHECK_FALSE(constant_time_equal(std::string("ab\0c", 4), std::string("ab\0d", 4)));
    // Lengths count: a shorter secret is not padded into a match with NUL bytes.
    CHECK_FALSE(constant_time_equal("ab", std::string("ab\0", 3)));
    CHECK_FALSE(constant_time_equal(std::string("ab\0", 3), "ab"));
}

TEST_CASE("a session token is 256 random bits in hex", "[web][security]") {
    const std::string a = random_token(), b = random_token();
    CHECK(a.size() == 64);
    CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(a != b);
}

TEST_CASE("the token cookie is found by its exact name", "[web][security]") {
    CHECK(cookie_value("mgcalc_token=abc", "mgcalc_token") == "abc");
    CHECK(cookie_value("a=1; mgcalc_token=abc; b=2", "mgcalc_token") == "abc");
    CHECK(cookie_value("a=1;mgcalc_token=abc", "mgcalc_token") == "abc");
    CHECK(cookie_value("xmgcalc_token=abc", "mgcalc_token").empty());
    CHECK(cookie_value("mgcalc_token_old=abc", "mgcalc_token").empty());
    CHECK(cookie_value("mgcalc_token", "mgcalc_token").empty());
    CHECK(cookie_value("", "mgcalc_token").empty());
}

TEST_CASE("every response forbids inline code, framing, sniffing, referrers and caching",
          "[web][security]") {
    std::map<std::string, std::string> h;
    for (const auto& [k, v] : security_headers()) h[k] = v;
    const std::string csp = h["Content-Security-Policy"];
    CHECK(csp.find("default-src 'self'") != std::string::npos);
    CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
    CHECK(csp.find("object-src 'none'") != std::string::npos);
    CHECK(csp.find("unsafe-inline") == std::string::npos);
    CHECK(csp.find("unsafe-eval") == std::string::npos);
    CHECK(h["X-Content-Type-Options"] == "nosniff");
    CHECK(h["Referrer-Policy"] == "no-referrer");
    CHECK(h["X-Frame-Options"] == "DENY");
    CHECK(h["Cache-Control"] == "no-store");
}

TEST_CASE("only GET, HEAD and OPTIONS change nothing", "[web][security]") {
    for (const char* m : {"GET", "HEAD", "OPTIONS"}) CHECK_FALSE(changes_state(m));
    for (const char* m : {"POST", "PUT", "PATCH", "DELETE", "get", "PROPFIND"})
        CHECK(changes_state(m));
}

TEST_CASE("one Host header, and a method the app serves, or the request goes no further",
          "[web][security]") {
    const Gate g = loopback_gate();
    RequestFacts twice = get();
    twice.host_headers = 2;  // the first is ours: which one a proxy believed is unknown
    const Verdict v = check_request(twice, g);
    CHECK(v.status == 400);
    CHECK(v.message == "more than one Host header");
    RequestFacts none = get("");
    none.host_headers = 0;
    CHECK(check_request(none, g).message == "no Host header");
    // Facts that do not say how many Host headers came are refused, not waved through.
    CHECK(check_request(RequestFacts{.method = "GET", .host = "127.0.0.1:8431"}, g).status == 400);

    for (const char* m : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"}) CHECK(method_served(m));
    for (const char* m : {"OPTIONS", "TRACE", "CONNECT", "PROPFIND", "FOO", "get", ""}) {
        CHECK_FALSE(method_served(m));
        RequestFacts r = post("http://127.0.0.1:8431", kCsrf);
        r.method = m;
        const Verdict refused = check_request(r, g);
        CHECK(refused.status == 501);  // not a 403 for want of a token
        CHECK(refused.message == "method not served");
    }
    // The Host is checked first: a rebinding page learns nothing from the method.
    RequestFacts foreign = get("evil.example");
    foreign.method = "FOO";
    CHECK(check_request(foreign, g).status == 400);
}

TEST_CASE("on loopback, reads pass and writes need the CSRF token and the same origin",
          "[web][security]") {
    const Gate g = loopback_gate();
    CHECK(check_request(get(), g).status == 0);
    CHECK(check_request(get("localhost:8431"), g).status == 0);
    CHECK(check_request(post("http://127.0.0.1:8431", kCsrf), g).status == 0);

    CHECK(check_request(get("evil.example"), g).status == 400);
    CHECK(check_request(get(""), g).status == 400);
    // A rebinding page's POST: its Host is its own name, refused before anything else.
    CHECK(check_request(post("http://evil.example", kCsrf, "evil.example"), g).status == 400);

    const Verdict no_token = check_request(post("http://127.0.0.1:8431", ""), g);
    CHECK(no_token.status == 403);
    CHECK(no_token.message == "missing or wrong CSRF token");
    CHECK(check_request(post("http://127.0.0.1:8431", kCsrf + "0"), g).status == 403);
    CHECK(check_request(post("http://127.0.0.1:8431", std::string(64, 'd')), g).status == 403);
    const Verdict foreign = check_request(post("http://evil.example", kCsrf), g);
    CHECK(foreign.status == 403);
    CHECK(foreign.message == "cross-origin request refused");
    CHECK(check_request(post("", kCsrf), g).status == 403);
    // The Origin must match the Host the request came to, not just any allowed one.
    CHECK(check_request(post("http://localhost:8431", kCsrf), g).status == 403);
    for (const char* m : {"PATCH", "DELETE", "PUT"}) {
        RequestFacts r = post("http://127.0.0.1:8431", "");
        r.method = m;
        CHECK(check_request(r, g).status == 403);
        r.csrf_header = kCsrf;
        CHECK(check_request(r, g).status == 0);
    }
}

TEST_CASE("with an access token every request needs it, from a header, a cookie or the URL",
          "[web][security]") {
    const Gate g{.hosts = allowed_hosts("127.0.0.1", 8431), .access_token = kToken, .csrf = kCsrf};
    CHECK(check_request(get(), g).status == 401);

    RequestFacts r = get();
    r.authorization = "Bearer " + kToken;
    CHECK(check_request(r, g).status == 0);
    r.authorization = "Bearer x" + kToken;
    CHECK(check_request(r, g).status == 401);
    r.authorization = "Basic " + kToken;
    CHECK(check_request(r, g).status == 401);
    r.authorization = "Bearer " + kToken.substr(1);
    CHECK(check_request(r, g).status == 401);

    r = get();
    r.cookie = "theme=dark; mgcalc_token=" + kToken;
    CHECK(check_request(r, g).status == 0);
    r.cookie = "mgcalc_token=" + kToken + "0";
    CHECK(check_request(r, g).status == 401);

    // A first visit brings it in the URL: it passes and is kept in an HttpOnly cookie.
    r = get();
    r.token_param = kToken;
    const Verdict first = check_request(r, g);
    CHECK(first.status == 0);
    CHECK(first.set_cookie == "mgcalc_token=" + kToken + "; HttpOnly; SameSite=Strict; Path=/");
    r.token_param = kToken + "0";
    const Verdict wrong = check_request(r, g);
    CHECK(wrong.status == 401);
    CHECK(wrong.set_cookie.empty());

    // A write never takes the token from the URL, and still needs CSRF and Origin.
    RequestFacts w = post("http://127.0.0.1:8431", kCsrf);
    w.token_param = kToken;
    CHECK(check_request(w, g).status == 401);
    w.token_param.clear();
    w.authorization = "Bearer " + kToken;
    CHECK(check_request(w, g).status == 0);
    w.csrf_header.clear();
    CHECK(check_request(w, g).status == 403);
    // The Host check comes first: a token does not make a foreign Host acceptable.
    RequestFacts foreign = get("evil.example:8431");
    foreign.authorization = "Bearer " + kToken;
    CHECK(check_request(foreign, g).status == 400);
}

TEST_CASE("a profile asked for in a URL is a name, never a path", "[web][security]") {
    CHECK(profile_param("").empty());
    CHECK(profile_param("ann") == "ann");
    CHECK(profile_param("maria-2") == "maria-2");
    const std::vector<std::string> bad_names{
        "../../etc/passwd",   "/etc/passwd", "ann.yaml", "..", ".", "a/b", "a\\b", "ann\n",
        std::string(300, 'a')};
    for (const auto& bad : bad_names) {
        INFO(bad);
        CHECK_THROWS_AS(profile_param(bad), mg::UsageError);
    }
}
