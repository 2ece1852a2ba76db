#include "foods/food_table.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include "core/binary.hpp"
#include "core/text.hpp"
#include "core/writer_first_mutex.hpp"
#include "foods/food_cache.hpp"
#include "foods/search_text.hpp"

namespace mg {
namespace {

using binary::Reader;
using binary::Writer;

// Layout: u64 size, records, section(index), section(search), where section(x) is u64 size,
// u64 content_hash, bytes. The records come first so that they are encoded where they stay:
// the table is the largest string a rebuild makes, and is never copied.
//   records: each food as encode_food writes it (each with its hash in the index)
//   index:  u64 n; n x {u64 offset, u64 size, u64 hash, str id} (the records');
//           n x u32: the positions in id order
//   search: n x u32: the positions in order of lower-cased name; n x str lower-cased name;
//           u64 words; words x {str word, u64 count, count x u32 positions (ascending)};
//           words x u32: the words in order of first letter, length, word (letter_length);
//           words x u32: the same by their second letter (a word of one letter first);
//           words x u32: the words in order of their letters read backwards (reverse_less);
//           words x u32: each word's set of letters (letter_set)

void encode_food(Writer& w, const Food& f) {
    w.str(f.id);
    w.str(f.name);
    w.str(f.group);
    w.i64(f.ug_per_100g);
    w.f64(f.kcal_per_100g);
    w.str(f.mg_basis);
    w.str(f.source);
    w.u64(f.portions.size());
    for (const auto& p : f.portions) {
        w.str(p.name);
        w.f64(p.amount);
        w.str(p.unit);
        w.i64(p.food_mg);
    }
    w.str(f.serving);
    w.strs(f.aliases);
    w.strs(f.tags);
    w.u64((f.curated ? 1 : 0) | (f.custom ? 2 : 0));
    w.i64(f.serves);
    w.u64(f.ingredients.size());
    for (const auto& g : f.ingredients) {
        w.str(g.food);
        w.str(g.amount);
        w.i64(g.line);
    }
    w.str(f.file);
    w.i64(f.line);
}

// Throws FoodTableDamaged unless `bytes` is exactly one food.
Food decode_food(std::string_view bytes) {
    Reader r{bytes};
    Food f;
    f.id = r.str();
    f.name = r.str();
    f.group = r.str();
    f.ug_per_100g = r.i64();
    f.kcal_per_100g = r.f64();
    f.mg_basis = r.str();
    f.source = r.str();
    std::uint64_t n = 0;
    if (r.count(n, 10000)) f.portions.reserve(n);
    for (std::uint64_t k = 0; k < n && r.ok; ++k) {
        Portion p;
        p.name = r.str();
        p.amount = r.f64();
        p.unit = r.str();
        p.food_mg = r.i64();
        f.portions.push_back(std::move(p));
    }
    f.serving = r.str();
    f.aliases = r.strs();
    f.tags = r.strs();
    const std::uint64_t flags = r.u64();
    f.curated = flags & 1;
    f.custom = flags & 2;
    f.serves = static_cast<int>(r.i64());
    if (r.count(n, 10000))
        for (std::uint64_t k = 0; k < n && r.ok; ++k) {
            Ingredient g;
            g.food = r.str();
            g.amount = r.str();
            g.line = static_cast<int>(r.i64());
            f.ingredients.push_back(std::move(g));
        }
    f.file = r.str();
    f.line = static_cast<int>(r.i64());
    if (!r.ok || r.pos != bytes.size()) throw FoodTableDamaged("a cached food is damaged");
    return f;
}

// The orders of the vocabulary's extra indexes, in bytes as char_traits<char> compares them
// (unsigned, as std::string's operator< does): the encoder sorts by them and the lookups
// binary-search by them, so both must use these functions.
struct LetterLength {
    int letter;  // -1 when the word has no such letter
    size_t length;
    std::string_view word;
    auto operator<=>(const LetterLength&) const = default;
};

LetterLength letter_length(std::string_view w, size_t at) {
    return {.letter = at < w.size() ? static_cast<unsigned char>(w[at]) : -1,
            .length = w.size(),
            .word = w};
}

// letter_length without the word, in one number that orders as it does: the typo scan's key.
std::uint64_t typo_key(int letter, size_t length) {
    return (static_cast<std::uint64_t>(letter + 1) << 32) |
           std::min<std::uint64_t>(length, 0xffffffff);
}

bool reverse_less(std::string_view a, std::string_view b) {
    return std::lexicographical_compare(
        a.rbegin(), a.rend(), b.rbegin(), b.rend(), [](char x, char y) {
            return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
        });
}

// A word's letters as a set: a bit each, digits share one, any other byte another. One edit
// adds at most one letter to the set and takes at most one away.
std::uint32_t letter_set(std::string_view w) {
    std::uint32_t set = 0;
    for (char c : w) set |= 1u << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 : 27);
    return set;
}

// Whether `bits` has at most `n` (0, 1 or 2) bits set.
bool at_most_bits(std::uint32_t bits, int n) {
    for (int i = 0; i < n && bits; ++i) bits &= bits - 1;
    return bits == 0;
}

void section(Writer& w, const std::string& bytes) {
    w.u64(bytes.size());
    w.u64(content_hash(bytes));
    w.out += bytes;
}

// Positions 0..n-1 ordered by `key` under `less`, ties in position order.
template <typename Key, typename Less = std::less<>>
std::vector<std::uint32_t> order_by(size_t n, Key key, Less less = {}) {
    std::vector<std::uint32_t> order(n);
    for (size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return less(key(a), key(b)); });
    return order;
}

std::string search_section(const std::vector<Food>& foods) {
    std::vector<std::string> names;
    names.reserve(foods.size());
    for (const auto& f : foods) names.push_back(to_lower(f.name));
    Writer w;
    for (std::uint32_t i :
         order_by(foods.size(), [&](std::uint32_t k) -> const std::string& { return names[k]; }))
        w.u32(i);
    for (const auto& n : names) w.str(n);
    // Every word once, with the foods holding it in ascending order.
    std::vector<std::string> lowered;  // the aliases, lower-cased (the words point into them)
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> postings;
    std::vector<std::string_view> toks;
    auto add = [&](std::string_view text, std::uint32_t i) {
        search_text::tokens(text, toks);
        for (auto tok : toks) {
            auto& p = postings[tok];
            if (p.empty() || p.back() != i) p.push_back(i);
        }
    };
    size_t aliases = 0;
    for (const auto& f : foods) aliases += f.aliases.size();
    lowered.reserve(aliases);  // no reallocation: the views stay valid
    for (size_t i = 0; i < foods.size(); ++i) {
        const auto at = static_cast<std::uint32_t>(i);
        add(names[i], at);
        for (const auto& a : foods[i].aliases) add(lowered.emplace_back(to_lower(a)), at);
    }
    std::vector<std::string_view> words;
    words.reserve(postings.size());
    for (const auto& [word, at] : postings) words.push_back(word);
    std::sort(words.begin(), words.end());
    w.u64(words.size());
    for (const auto word : words) {
        const auto& at = postings.find(word)->second;
        w.str(word);
        w.u64(at.size());
        for (std::uint32_t i : at) w.u32(i);
    }
    for (size_t at : {0, 1})
        for (std::uint32_t k :
             order_by(words.size(), [&](std::uint32_t k) { return letter_length(words[k], at); }))
            w.u32(k);
    for (std::uint32_t k : order_by(
             words.size(), [&](std::uint32_t k) { return words[k]; }, reverse_less))
        w.u32(k);
    for (const auto word : words) w.u32(letter_set(word));
    return std::move(w.out);
}

}  // namespace

std::string FoodTable::encode(const std::vector<Food>& foods) {
    Writer w, index;
    // Room for the records up front (a food takes some 300 bytes; pages never written are
    // never touched), so that they are not copied as the string grows.
    w.out.reserve(64 + foods.size() * 1024);
    w.u64(0);  // the records' size, known at their end
    index.u64(foods.size());
    for (const auto& f : foods) {
        const size_t at = w.out.size();
        encode_food(w, f);
        const std::string_view one = std::string_view(w.out).substr(at);
        index.u64(at - 8);
        index.u64(one.size());
        index.u64(content_hash(one));
        index.str(f.id);
    }
    const std::uint64_t records = w.out.size() - 8;
    std::memcpy(w.out.data(), &records, 8);
    for (std::uint32_t i :
         order_by(foods.size(), [&](std::uint32_t k) -> const std::string& { return foods[k].id; }))
        index.u32(i);
    section(w, index.out);
    section(w, search_section(foods));
    return std::move(w.out);
}

struct FoodTable::State {
    std::shared_ptr<const void> owner;
    std::string owned;  // bytes from `reload`
    std::string_view bytes;
    std::function<std::string()> reload;
    // Located by `locate` (no checksum yet).
    bool located = false;
    std::string_view index_sec, search_sec, records;
    std::uint64_t index_hash = 0, search_hash = 0;
    // Parsed by `index` once its checksum holds.
    bool indexed = false;
    struct Entry {
        std::uint64_t offset, size, hash;
        std::string_view id;
    };
    std::vector<Entry> entries;
    std::vector<std::uint32_t> id_order;
    // Parsed by `searchable` once its checksum holds.
    bool searchable = false;
    std::vector<std::uint32_t> name_order;
    std::vector<std::string_view> names;
    struct Word {
        std::string_view word, positions;
    };
    std::vector<Word> words;
    // The words in the orders of letter_length (first, second letter) and reverse_less, and
    // their letter_sets.
    std::vector<std::uint32_t> by_reverse, letters;
    // An order of letter_length for the typo scan: the words, and beside each its typo_key
    // and letter set, so that the scan reads three arrays in sequence rather than every
    // word's text and set wherever they lie.
    struct TypoOrder {
        std::vector<std::uint32_t> words;
        std::vector<std::uint64_t> keys;
        std::vector<std::uint32_t> sets;
    };
    TypoOrder by_first, by_second;
    // Decoded foods, and those decoded before a reload (still referenced by callers).
    std::vector<std::unique_ptr<Food>> foods;
    std::vector<std::unique_ptr<Food>> retired;

    [[noreturn]] static void damaged() { throw FoodTableDamaged("the food cache is damaged"); }

    void locate() {
        if (located) return;
        Reader r{bytes};
        records = r.bytes(r.u64());
        const std::uint64_t isize = r.u64();
        index_hash = r.u64();
        index_sec = r.bytes(isize);
        const std::uint64_t ssize = r.u64();
        search_hash = r.u64();
        search_sec = r.bytes(ssize);
        if (!r.ok || r.pos != bytes.size()) damaged();
        located = true;
    }

    void index() {
        if (indexed) return;
        locate();
        if (content_hash(index_sec) != index_hash) damaged();
        Reader r{index_sec};
        std::uint64_t n = 0;
        if (!r.count(n, index_sec.size() / 32)) damaged();
        entries.reserve(n);
        for (std::uint64_t i = 0; i < n && r.ok; ++i) {
            Entry e{.offset = r.u64(), .size = r.u64(), .hash = r.u64(), .id = r.view()};
            if (e.offset > records.size() || e.size > records.size() - e.offset) damaged();
            entries.push_back(e);
        }
        id_order.resize(n);
        for (auto& i : id_order)
            if ((i = r.u32()) >= n) damaged();
        if (!r.ok || r.pos != index_sec.size()) damaged();
        foods.resize(n);
        indexed = true;
    }

    void search() {
        if (searchable) return;
        index();
        if (content_hash(search_sec) != search_hash) damaged();
        Reader r{search_sec};
        const size_t n = entries.size();
        name_order.resize(n);
        for (auto& i : name_order)
            if ((i = r.u32()) >= n) damaged();
        names.resize(n);
        for (auto& s : names) s = r.view();
        std::uint64_t nw = 0;
        if (!r.count(nw, search_sec.size() / 16)) damaged();
        words.reserve(nw);
        for (std::uint64_t k = 0; k < nw && r.ok; ++k) {
            const std::string_view w = r.view();
            std::uint64_t count = 0;
            if (!r.count(count, n)) damaged();
            words.push_back({.word = w, .positions = r.bytes(count * 4)});
        }
        for (auto* order : {&by_first.words, &by_second.words, &by_reverse}) {
            order->resize(words.size());
            for (auto& k : *order)
                if ((k = r.u32()) >= words.size()) damaged();
        }
        letters.resize(words.size());
        for (auto& set : letters) set = r.u32();
        if (!r.ok || r.pos != search_sec.size()) damaged();
        for (auto [order, at] :
             {std::pair{&by_first, size_t{0}}, std::pair{&by_second, size_t{1}}}) {
            for (std::uint32_t k : order->words) {
                const LetterLength l = letter_length(words[k].word, at);
                order->keys.push_back(typo_key(l.letter, l.length));
                order->sets.push_back(letters[k]);
            }
        }
        searchable = true;
    }

    const Food& food(size_t i) {
        index();
        if (i >= foods.size()) damaged();
        if (!foods[i]) {
            const Entry& e = entries[i];
            const std::string_view rec = records.substr(e.offset, e.size);
            if (content_hash(rec) != e.hash) damaged();
            foods[i] = std::make_unique<Food>(decode_food(rec));
        }
        return *foods[i];
    }

    // Starts again on fresh bytes from `reload`, keeping the foods handed out so far.
    void recover() {
        if (!reload) damaged();
        std::string fresh = reload();
        std::vector<std::unique_ptr<Food>> keep = std::move(retired);
        for (auto& f : foods)
            if (f) keep.push_back(std::move(f));
        *this = State{};
        owned = std::move(fresh);
        bytes = owned;
        retired = std::move(keep);
    }

    // Runs `op`; when the bytes turn out damaged, once more on reloaded ones.
    template <typename Op>
    auto checked(Op op) -> decltype(op()) {
        try {
            return op();
        } catch (const FoodTableDamaged&) {
            recover();
        }
        return op();
    }
};

FoodTable FoodTable::of(const std::vector<Food>& foods) {
    auto bytes = std::make_shared<const std::string>(encode(foods));
    const std::string_view view = *bytes;
    return FoodTable(std::move(bytes), view);
}

FoodTable::FoodTable(std::shared_ptr<const void> owner, std::string_view bytes,
                     std::function<std::string()> reload)
    : s_(std::make_unique<State>()), mutex_(std::make_unique<WriterFirstMutex>()) {
    s_->owner = std::move(owner);
    s_->bytes = bytes;
    s_->reload = std::move(reload);
}

FoodTable::FoodTable() : FoodTable(of({})) {}
FoodTable::~FoodTable() = default;
FoodTable::FoodTable(FoodTable&&) noexcept = default;
FoodTable& FoodTable::operator=(FoodTable&&) noexcept = default;

template <typename Fast, typename Op>
auto FoodTable::read(Fast fast, Op op) const -> decltype(op()) {
    {
        std::shared_lock lock(*mutex_);
        try {
            if (auto done = fast()) return *std::move(done);
        } catch (const FoodTableDamaged&) {
            // Reloading needs the exclusive lock: op() below finds the damage again.
        }
    }
    std::lock_guard lock(*mutex_);
    return s_->checked(op);
}

size_t FoodTable::size() const {
    auto count = [&] {
        s_->index();
        return s_->entries.size();
    };
    return read([&] { return s_->indexed ? std::optional(count()) : std::nullopt; }, count);
}

const Food& FoodTable::food(size_t i) const {
    return *read(
        [&]() -> std::optional<const Food*> {
            if (!s_->indexed || i >= s_->foods.size() || !s_->foods[i]) return std::nullopt;
            return s_->foods[i].get();
        },
        [&] { return &s_->food(i); });
}

std::vector<Food> FoodTable::decode_all() const {
    std::lock_guard lock(*mutex_);
    return s_->checked([&] {
        std::vector<Food> out;
        s_->index();
        out.reserve(s_->entries.size());
        for (size_t i = 0; i < s_->entries.size(); ++i) out.push_back(s_->food(i));
        return out;
    });
}

template <typename Built, typename Build, typename Find>
const Food* FoodTable::lookup(Built built, Build build, Find find) const {
    return read(
        [&]() -> std::optional<const Food*> {
            if (!built()) return std::nullopt;
            const size_t k = find();
            if (k == s_->entries.size()) return nullptr;
            if (!s_->foods[k]) return std::nullopt;
            return s_->foods[k].get();
        },
        [&]() -> const Food* {
            build();
            const size_t k = find();
            return k == s_->entries.size() ? nullptr : &s_->food(k);
        });
}

const Food* FoodTable::by_id(std::string_view id) const {
    return lookup([&] { return s_->indexed; }, [&] { s_->index(); },
                  [&] {
                      const auto& order = s_->id_order;
                      auto it = std::lower_bound(order.begin(), order.end(), id,
                                                 [&](std::uint32_t k, std::string_view v) {
                                                     return s_->entries[k].id < v;
                                                 });
                      return it != order.end() && s_->entries[*it].id == id ? size_t{*it}
                                                                            : s_->entries.size();
                  });
}

const Food* FoodTable::by_name(std::string_view lower) const {
    return lookup([&] { return s_->searchable; }, [&] { s_->search(); },
                  [&] {
                      const auto& order = s_->name_order;
                      auto it = std::lower_bound(
                          order.begin(), order.end(), lower,
                          [&](std::uint32_t k, std::string_view v) { return s_->names[k] < v; });
                      return it != order.end() && s_->names[*it] == lower ? size_t{*it}
                                                                          : s_->entries.size();
                  });
}

std::vector<std::uint32_t> FoodTable::with_word(
    const WordRanges& where, const std::function<bool(std::string_view)>& matches) const {
    auto scan = [&] {
        s_->search();
        const auto& words = s_->words;
        // The foods found, a bit each: a word may be in several ranges, and the foods of
        // common words number thousands, which a bit set collects in order for less than a
        // sort.
        std::vector<std::uint64_t> found((s_->entries.size() + 63) / 64, 0);
        auto take = [&](std::uint32_t k) {
            const State::Word& w = words[k];
            if (!matches(w.word)) return;
            Reader r{w.positions};
            while (r.pos < w.positions.size()) {
                const std::uint32_t i = r.u32();
                if (i >= s_->entries.size()) State::damaged();
                found[i / 64] |= std::uint64_t{1} << (i % 64);
            }
        };
        if (!where.prefix.empty()) {
            auto it = std::lower_bound(
                words.begin(), words.end(), where.prefix,
                [](const State::Word& w, std::string_view p) { return w.word < p; });
            for (; it != words.end() && it->word.starts_with(where.prefix); ++it)
                take(static_cast<std::uint32_t>(it - words.begin()));
        }
        if (!where.ends.empty()) {
            const auto& order = s_->by_reverse;
            auto it = std::lower_bound(order.begin(), order.end(), where.ends,
                                       [&](std::uint32_t k, std::string_view p) {
                                           return reverse_less(words[k].word, p);
                                       });
            for (; it != order.end() && words[*it].word.ends_with(where.ends); ++it) take(*it);
        }
        const std::string_view typo = where.typo_of;
        const std::uint32_t typo_set = letter_set(typo);
        // The words sharing the letter at `at` whose length is within 2, in letter_length
        // order from the shortest; those whose letters differ too much are not even asked.
        auto typos = [&](const State::TypoOrder& order, size_t at) {
            if (typo.size() <= at) return;
            const int letter = static_cast<unsigned char>(typo[at]);
            const std::uint64_t last = typo_key(letter, typo.size() + 2);
            const auto& keys = order.keys;
            for (auto i = static_cast<size_t>(
                     std::lower_bound(keys.begin(), keys.end(),
                                      typo_key(letter, typo.size() < 2 ? 0 : typo.size() - 2)) -
                     keys.begin());
                 i < keys.size() && keys[i] <= last; ++i) {
                const std::uint32_t set = order.sets[i];
                if (at_most_bits(set & ~typo_set, where.typo_edits) &&
                    at_most_bits(typo_set & ~set, where.typo_edits))
                    take(order.words[i]);
            }
        };
        typos(s_->by_first, 0);
        typos(s_->by_second, 1);
        std::vector<std::uint32_t> out;
        for (size_t b = 0; b < found.size(); ++b)
            for (std::uint64_t bits = found[b]; bits; bits &= bits - 1)
                out.push_back(static_cast<std::uint32_t>(b * 64 + std::countr_zero(bits)));
        return out;
    };
    return read([&] { return s_->searchable ? std::optional(scan()) : std::nullopt; }, scan);
}

}  // namespace mg
