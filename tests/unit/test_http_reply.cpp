// A request's Reply (src/web/http_server.hpp): sent once from any thread, built where the
// server says, and never lost: a reply dropped unsent answers 500, so that no connection
// waits for ever.
#include <catch2/catch.hpp>
#include <functional>
#include <stdexcept>
#include <vector>

#include "web/http_server.hpp"

using namespace mg::web;

namespace {

// A server's two sides, recorded: what was sent (the status, or 0 for a null make, which the
// server answers 500) and the tasks handed to its workers, run when the test says.
struct FakeServer {
    std::vector<int> sent;
    std::vector<std::function<void()>> tasks;

    Reply reply() {
        return Reply(
            [this](std::function<HttpResponse()> make) {
                sent.push_back(make ? make().status : 0);
            },
            [this](std::function<void()> task) { tasks.push_back(std::move(task)); });
    }
};

HttpResponse status(int s) {
    HttpResponse r;
    r.status = s;
    return r;
}

}  // namespace

TEST_CASE("a reply is sent once, whichever copy sends it", "[web][http]") {
    FakeServer server;
    {
        const Reply r = server.reply();
        const Reply copy = r;
        r(status(201));
        copy(status(202));
        copy.later([] { return status(203); });
        copy.work([] { return status(204); });
    }
    CHECK(server.sent == std::vector<int>{201});  // and nothing more once dropped
    CHECK(server.tasks.empty());
}

TEST_CASE("a reply dropped unsent answers 500", "[web][http]") {
    FakeServer server;
    { const Reply r = server.reply(); }
    CHECK(server.sent == std::vector<int>{0});
}

TEST_CASE("work builds the response on a worker, then sends it; a throw answers 500",
          "[web][http]") {
    FakeServer server;
    server.reply().work([] { return status(204); });
    server.reply().work([]() -> HttpResponse { throw std::runtime_error("boom"); });
    CHECK(server.sent.empty());  // nothing is built until a worker runs it
    REQUIRE(server.tasks.size() == 2);
    for (auto& t : server.tasks) t();
    CHECK(server.sent == std::vector<int>{204, 0});
}

TEST_CASE("later hands the make to the send, to run on the connection's thread", "[web][http]") {
    FakeServer server;
    int built = 0;
    server.reply().later([&] {
        ++built;
        return status(200);
    });
    CHECK(built == 1);  // this fake sends at once; the server runs it on the I/O thread
    CHECK(server.sent == std::vector<int>{200});
}
