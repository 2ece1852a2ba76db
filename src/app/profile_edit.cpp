#include "app/profile_edit.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/inputs.hpp"
#include "core/diagnostic.hpp"
#include "core/names.hpp"
#include "core/text.hpp"
#include "profile/vocabulary.hpp"
#include "store/fs.hpp"

namespace mg::app {
namespace {

// Every unknown condition and exclusion tag, reported together.
std::vector<Diagnostic> add_conditions_and_exclusions(Profile& p, const ProfileInput& in) {
    std::vector<Diagnostic> errors;
    for (const auto& c : in.conditions) {
        if (auto id = canonical_condition(c)) {
            // "CKD 4" and "dialysis" are both chronic kidney disease: listed once.
            if (!has_condition(p, *id)) p.conditions.push_back(*id);
        } else {
            std::vector<std::string> ids;
            for (const auto& k : known_conditions()) ids.push_back(k.id);
            errors.push_back({.line = 0,
                              .column = 0,
                              .message = fmt::format("unknown condition '{}'", c),
                              .hint = hint_with(did_you_mean(closest(slugify(c), ids, 4)),
                                                "known: " + join(ids))});
        }
    }
    for (const auto& t : in.exclude) {
        const auto& tags = known_exclusion_tags();
        if (std::find(tags.begin(), tags.end(), slugify(t)) != tags.end())
            p.exclude.push_back(slugify(t));
        else
            errors.push_back({.line = 0,
                              .column = 0,
                              .message = fmt::format("unknown exclusion tag '{}'", t),
                              .hint = hint_with(did_you_mean(closest(slugify(t), tags, 3)),
                                                "known: " + join(tags))});
    }
    return errors;
}

}  // namespace

std::vector<std::string> condition_readings(const std::vector<std::string>& conditions) {
    std::vector<std::string> out;
    for (const auto& c : conditions)
        if (auto id = canonical_condition(c); id && *id != c)
            for (const auto& k : known_conditions())
                if (k.id == *id) out.push_back(fmt::format("'{}' is recorded as {}", c, k.name));
    return out;
}

void check_new_profile_name(const std::string& name) {
    if (auto problem = name_problem(name))
        throw UsageError("profile name " + *problem, std::string(kNameRule));
    if (slugify(name) != name)
        throw UsageError(
            fmt::format("profile name '{}' must be lower-case letters, digits and hyphens", name),
            fmt::format("try '{}'", slugify(name)));
}

Profile profile_from(const std::string& name, const ProfileInput& in, Date today,
                     const std::string& birthdate_what) {
    if (!in.sex)
        throw UsageError("--sex is required", "--sex female|male")
            .in_form_words("sex is required", "female or male");
    Profile p;
    p.name = in.display_name ? *in.display_name : name;
    const auto sex = parse_sex(*in.sex);
    if (!sex)
        throw InputError::plain(fmt::format("unknown sex '{}'", *in.sex), "use female or male");
    p.sex = *sex;
    if (in.birthdate) p.birthdate = parse_date_option(*in.birthdate, birthdate_what);
    if (in.age) p.age_years = *in.age;
    if (in.months) p.age_months = *in.months;
    if (p.birthdate && p.age_years)
        throw UsageError("give --birthdate or --age, not both")
            .in_form_words("give the birthdate or the age, not both", "");
    p.pregnant = in.pregnant;
    p.lactating = in.lactating;
    if (in.age && in.months && *in.age > 0)
        throw UsageError("--months is only for infants (--age 0)")
            .in_form_words("months are only for infants (age 0)", "");
    p.medicines = in.medicines;
    if (auto errors = add_conditions_and_exclusions(p, in); !errors.empty())
        throw InputError(errors);
    validate_profile(p, today);
    return p;
}

std::string write_profile(const DataPaths& paths, const std::string& name, const Profile& p,
                          bool replace) {
    const std::string path = paths.profile_file(name);
    if (store::exists(path) && !replace)
        throw InputError::plain(fmt::format("profile '{}' already exists ({})", name, path),
                                "add --force to replace it");
    store::make_dirs(paths.profiles_dir);
    store::write_atomic(path, serialize_profile(p));
    return path;
}

}  // namespace mg::app
