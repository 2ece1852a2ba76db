// A request's Reply (src/web/http_server.hpp): sent once from any thread, built where the
// server says, and never lost: a reply dropped unsent answers 500, so that no connection
// waits for ever.
#include <catch2/catch.hpp>
#include <functional>
#include <new>
#include <stdexcept>
#include <utility>
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

TEST_CASE("a reply that cannot be sent can be sent again, and never throws when dropped",
          "[web][http]") {
    std::vector<int> sent;
    bool fail = true;  // the first send runs out of memory
    {
        const Reply r(
            [&](std::function<HttpResponse()> make) {
                if (std::exchange(fail, false)) throw std::bad_alloc();
                sent.push_back(make ? make().status : 0);
            },
            [](std::function<void()> task) { task(); });
        CHECK_THROWS_AS(r(status(201)), std::bad_alloc);
        r(status(500));  // the server's answer to what its handler threw
    }
    CHECK(sent == std::vector<int>{500});
    // Dropped unsent, and its 500 cannot be posted: nothing escapes the destructor.
    CHECK_NOTHROW([] {
        const Reply r([](std::function<HttpResponse()>) { throw std::bad_alloc(); },
                      [](std::function<void()>) {});
    }());
    // A worker's task never throws, even when its send does.
    std::vector<std::function<void()>> tasks;
    {
        const Reply r([](std::function<HttpResponse()>) { throw std::bad_alloc(); },
                      [&](std::function<void()> task) { tasks.push_back(std::move(task)); });
        r.work([] { return status(204); });
    }
    REQUIRE(tasks.size() == 1);
    CHECK_NOTHROW(tasks[0]());
}
