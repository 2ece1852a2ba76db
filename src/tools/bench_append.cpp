// mgcalc-bench-append FILE N: the cost of one fsync'd append of a journal-sized line, alone
// (bench/run.sh): `log add` may take 3x `mgcalc --version` plus this. Prints the median in ms.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: mgcalc-bench-append FILE N\n");
        return 2;
    }
    const int n = std::atoi(argv[2]);
    if (n < 1 || n > 1000) return 2;
    const std::string line =
        "- {id: 20260304-13, date: 2026-03-04, meal: snack, food: almonds, name: \"Almonds\", "
        "amount: 1 oz, grams: 28.35, mg: 76.5, added: 2026-03-04T10:00:00Z}\n";
    std::vector<double> ms;
    for (int i = 0; i < n; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const int fd = ::open(argv[1], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) return 1;
        const bool ok =
            ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
            ::fsync(fd) == 0;
        ::close(fd);
        if (!ok) return 1;
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%.2f\n", ms[ms.size() / 2]);
    return 0;
}
