#include "profile/profile.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "core/diagnostic.hpp"
#include "core/text.hpp"
#include "core/yaml_doc.hpp"
#include "core/ynode.hpp"
#include "profile/vocabulary.hpp"

namespace mg {

bool has_condition(const Profile& p, std::string_view id) {
    return std::find(p.conditions.begin(), p.conditions.end(), id) != p.conditions.end();
}

bool has_kidney_condition(const Profile& p) {
    return has_condition(p, "chronic-kidney-disease") || has_condition(p, "kidney-transplant");
}

std::string_view kidney_condition_words(const Profile& p) {
    if (has_condition(p, "chronic-kidney-disease")) return "chronic kidney disease";
    if (has_condition(p, "kidney-transplant")) return "a kidney transplant";
    return "";
}

std::string_view reference_caveat() {
    return "set for healthy people: not your target";
}

std::string_view upper_limit_caveat() {
    return "set for healthy people: ask the clinician who treats your kidneys before any "
           "magnesium supplement, antacid or laxative";
}

LifeStageQuery life_stage_query(const Profile& p, Date today) {
    LifeStageQuery q;
    q.sex = p.sex;
    q.pregnant = p.pregnant;
    q.lactating = p.lactating;
    if (p.birthdate) {
        const Age a = age_on(*p.birthdate, today);
        q.age_years = a.years;
        q.age_months = a.months;
    } else {
        q.age_years = p.age_years.value_or(0);
        q.age_months = q.age_years == 0 ? p.age_months.value_or(0) : q.age_years * 12;
    }
    return q;
}

namespace {

const std::vector<std::string> kKeys = {"name",       "birthdate", "age",       "months",
                                        "sex",        "pregnant",  "lactating", "medicines",
                                        "conditions", "exclude",   "standard",  "version"};

struct Reader {
    const YamlDoc& doc;
    std::vector<Diagnostic>& errors;

    std::optional<std::string> scalar(const YAML::Node& n, const std::string& key) {
        if (!n.IsScalar()) {
            errors.push_back(doc.at(n, fmt::format("'{}' must be a single value", key)));
            return std::nullopt;
        }
        return n.Scalar();
    }
    std::optional<int> integer(const YAML::Node& n, const std::string& key) {
        auto s = scalar(n, key);
        if (!s) return std::nullopt;
        try {
            size_t pos = 0;
            const long v = std::stol(*s, &pos);
            if (pos == s->size() && v > -100000 && v < 100000) return static_cast<int>(v);
        } catch (const std::exception&) {
        }
        errors.push_back(doc.at(n, fmt::format("'{}' must be a whole number, not '{}'", key, *s)));
        return std::nullopt;
    }
    bool boolean(const YAML::Node& n, const std::string& key) {
        auto s = scalar(n, key);
        if (!s) return false;
        const std::string v = to_lower(*s);
        if (v == "true" || v == "yes") return true;
        if (v == "false" || v == "no") return false;
        errors.push_back(doc.at(n, fmt::format("'{}' must be true or false, not '{}'", key, *s)));
        return false;
    }
    std::vector<std::pair<std::string, YAML::Node>> list(const YAML::Node& n,
                                                         const std::string& key) {
        std::vector<std::pair<std::string, YAML::Node>> out;
        if (n.IsNull()) return out;
        if (!n.IsSequence()) {
            errors.push_back(doc.at(n, fmt::format("'{}' must be a list", key),
                                    fmt::format("write {}: [first, second]", key)));
            return out;
        }
        for (const auto& item : n)
            if (auto s = scalar(item, key)) out.emplace_back(*s, item);
        return out;
    }
};

}  // namespace

Profile parse_profile(const std::string& path, std::string_view raw, Date today) {
    std::vector<Diagnostic> errors;
    const std::string text = clean_text(path, raw, InputLimits{1u << 20, 4096, 16, 10000}, errors);
    if (!errors.empty()) throw InputError(errors);
    const YamlDoc doc = parse_yaml(path, text);
    if (!doc.root.IsMap())
        throw InputError(doc.at_line(1, 1, "a profile must be a YAML mapping of keys to values",
                                     "see profiles/ for examples"));
    Reader r{doc, errors};
    Profile p;
    bool has_sex = false;
    bool has_birthdate_key = false;
    for (const auto& kv : doc.root) {
        const std::string key = kv.first.Scalar();
        const YAML::Node& v = kv.second;
        if (key == "name") {
            if (auto s = r.scalar(v, key)) p.name = *s;
        } else if (key == "birthdate") {
            has_birthdate_key = true;
            if (auto s = r.scalar(v, key)) {
                p.birthdate = Date::parse(*s);
                if (!p.birthdate)
                    errors.push_back(doc.at(v, fmt::format("birthdate '{}' is not a date", *s),
                                            "write it as YYYY-MM-DD"));
                else if (*p.birthdate > today)
                    errors.push_back(doc.at(v, fmt::format("birthdate {} is in the future", *s)));
            }
        } else if (key == "age") {
            p.age_years = r.integer(v, key);
            if (p.age_years && (*p.age_years < 0 || *p.age_years > 130))
                errors.push_back(doc.at(v, fmt::format("age {} is not possible", *p.age_years),
                                        "age must be between 0 and 130 years"));
        } else if (key == "months") {
            p.age_months = r.integer(v, key);
            if (p.age_months && (*p.age_months < 0 || *p.age_months > 11))
                errors.push_back(doc.at(v, fmt::format("months {} is outside 0-11", *p.age_months),
                                        "give months only for infants under 1 year"));
        } else if (key == "sex") {
            if (auto s = r.scalar(v, key)) {
                if (auto sx = parse_sex(to_lower(*s))) {
                    p.sex = *sx, has_sex = true;
                } else {
                    errors.push_back(doc.at(v, fmt::format("unknown sex '{}'", *s),
                                            did_you_mean(closest(*s, {"female", "male"}, 3)) +
                                                " (sex must be female or male; the reference "
                                                "tables are by sex)"));
                    has_sex = true;
                }
            }
        } else if (key == "pregnant") {
            p.pregnant = r.boolean(v, key);
        } else if (key == "lactating") {
            p.lactating = r.boolean(v, key);
        } else if (key == "medicines") {
            for (auto& [s, n] : r.list(v, key)) p.medicines.push_back(s);
        } else if (key == "conditions") {
            for (auto& [s, n] : r.list(v, key)) {
                if (auto c = canonical_condition(s)) {
                    p.conditions.push_back(*c);
                } else {
                    std::vector<std::string> ids;
                    for (const auto& ci : known_conditions()) ids.push_back(ci.id);
                    std::string hint = did_you_mean(closest(slugify(s), ids, 4));
                    errors.push_back(
                        doc.at(n, fmt::format("unknown condition '{}'", s),
                               (hint.empty() ? "" : hint + " ") + "known: " + join(ids)));
                }
            }
        } else if (key == "exclude") {
            for (auto& [s, n] : r.list(v, key)) {
                const std::string tag = slugify(s);
                const auto& tags = known_exclusion_tags();
                if (std::find(tags.begin(), tags.end(), tag) != tags.end()) {
                    p.exclude.push_back(tag);
                } else {
                    std::string hint = did_you_mean(closest(tag, tags, 3));
                    errors.push_back(
                        doc.at(n, fmt::format("unknown exclusion tag '{}'", s),
                               (hint.empty() ? "" : hint + " ") + "known: " + join(tags)));
                }
            }
        } else if (key == "standard") {
            if (auto s = r.scalar(v, key)) {
                p.standard = parse_standard(to_lower(*s));
                if (!p.standard)
                    errors.push_back(doc.at(v, fmt::format("unknown standard '{}'", *s),
                                            "one of: " + join(standard_names())));
            }
        } else if (key == "version") {
            if (auto n = r.integer(v, key); n && *n != 1)
                errors.push_back(doc.at(v, fmt::format("profile format version {} is not supported "
                                                       "by this mgcalc (it reads version 1)",
                                                       *n)));
        } else {
            errors.push_back(doc.at(kv.first, fmt::format("unknown key '{}'", key),
                                    did_you_mean(closest(key, kKeys, 3)).empty()
                                        ? "known keys: " + join(kKeys)
                                        : did_you_mean(closest(key, kKeys, 3))));
        }
    }
    if (!has_sex)
        errors.push_back(doc.at_line(1, 1, "profile has no 'sex'", "add sex: female or sex: male"));
    if (!p.birthdate && !p.age_years && !has_birthdate_key)
        errors.push_back(doc.at_line(1, 1, "profile has neither 'birthdate' nor 'age'",
                                     "add birthdate: YYYY-MM-DD (preferred) or age: YEARS"));
    if (errors.empty()) {
        try {
            validate(life_stage_query(p, today));
        } catch (const InputError& e) {
            for (auto d : e.diagnostics()) {
                d.file = path;
                errors.push_back(d);
            }
        }
    }
    if (!errors.empty()) throw InputError(errors);
    return p;
}

void validate_profile(const Profile& p, Date today) {
    if (!p.birthdate && !p.age_years)
        throw InputError::plain("a profile needs a birthdate or an age",
                                "give --birthdate YYYY-MM-DD or --age YEARS");
    if (p.birthdate && *p.birthdate > today)
        throw InputError::plain(fmt::format("birthdate {} is in the future", p.birthdate->iso()));
    validate(life_stage_query(p, today));
}

namespace {
std::string quoted_list(const std::vector<std::string>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + yaml_quote(v[i]);
    return s + "]";
}
}  // namespace

std::string serialize_profile(const Profile& p) {
    std::string out = "# mgcalc profile (docs/file-formats.md)\nversion: 1\n";
    out += "name: " + yaml_quote(p.name) + "\n";
    if (p.birthdate) out += fmt::format("birthdate: {}\n", p.birthdate->iso());
    if (p.age_years) out += fmt::format("age: {}\n", *p.age_years);
    if (p.age_months) out += fmt::format("months: {}\n", *p.age_months);
    out += fmt::format("sex: {}\n", to_string(p.sex));
    out += fmt::format("pregnant: {}\nlactating: {}\n", p.pregnant, p.lactating);
    out += "medicines: " + quoted_list(p.medicines) + "\n";
    out += "conditions: " + quoted_list(p.conditions) + "\n";
    out += "exclude: " + quoted_list(p.exclude) + "\n";
    if (p.standard) out += fmt::format("standard: {}\n", to_string(*p.standard));
    return out;
}

}  // namespace mg
