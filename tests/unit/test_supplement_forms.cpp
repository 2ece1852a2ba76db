#include <catch2/catch.hpp>
#include <set>

#include "core/diagnostic.hpp"
#include "journal/supplement.hpp"

using namespace mg;

namespace {

constexpr const char* kAmbiguous = "ambiguous";
constexpr const char* kNone = "none";

struct Expected {
    const char* name;  // as people type it
    const char* form;  // form id, kAmbiguous or kNone
    int permille_x10;  // % Mg × 10 of that form (docs/methods.md §5); 0 without a form
};

// Product names as people type them, with the form and magnesium fraction they must give.
const std::vector<Expected>& product_names() {
    static const std::vector<Expected> kNames = {
        // hydroxide: never read as oxide
        {"Phillips Milk of Magnesia", "hydroxide", 417},
        {"Phillips' milk of magnesia (magnesium hydroxide)", "hydroxide", 417},
        {"magnesium hydroxide", "hydroxide", 417},
        {"Milk of Magnesia, original, 400 mg/5 ml", "hydroxide", 417},
        {"MILK OF MAGNESIA", "hydroxide", 417},
        // oxide
        {"Nature Made Magnesium Oxide 250 mg", "oxide", 603},
        {"MagOx 400", "oxide", 603},
        {"Mag-Ox 400", "oxide", 603},
        {"magnesium oxide heavy", "oxide", 603},
        {"magnesium peroxide", "peroxide", 432},
        {"Magnesium carbonate powder", "carbonate", 288},
        // chloride: the hexahydrate unless "anhydrous" is written
        {"Slow-Mag magnesium chloride with calcium", "chloride-hexahydrate", 120},
        {"ReMag picometer magnesium chloride", "chloride-hexahydrate", 120},
        {"magnesium chloride hexahydrate flakes", "chloride-hexahydrate", 120},
        {"magnesium chloride, anhydrous", "chloride", 255},
        {"Magnesium Chloride (Anhydrous) powder", "chloride", 255},
        // aspartate hydrochloride: never read as chloride
        {"magnesium aspartate hydrochloride", "aspartate-hydrochloride", 99},
        {"Magnesiocard (magnesium aspartate hydrochloride trihydrate)", "aspartate-hydrochloride",
         99},
        {"magnesium aspartate HCl", "aspartate-hydrochloride", 99},
        {"Magnaspartate (magnesium aspartate dihydrate)", "aspartate-dihydrate", 75},
        {"magnesium aspartate", "aspartate", 84},
        // sulfate: the heptahydrate (Epsom salt) unless "anhydrous" is written
        {"Epsom salt", "sulfate-heptahydrate", 99},
        {"Epsom salts", "sulfate-heptahydrate", 99},
        {"Dr Teal's Epsom Salt (magnesium sulfate USP)", "sulfate-heptahydrate", 99},
        {"magnesium sulphate", "sulfate-heptahydrate", 99},
        {"magnesium sulfate heptahydrate", "sulfate-heptahydrate", 99},
        {"magnesium sulfate anhydrous", "sulfate", 202},
        // citrate: anhydrous unless a hydrate or dibasic is written
        {"Natural Calm magnesium citrate", "citrate", 162},
        {"Magnesium Citrate Saline Laxative Oral Solution", "citrate", 162},
        {"magnesium citrate nonahydrate", "citrate-nonahydrate", 119},
        {"magnesium hydrogen citrate", "citrate-dibasic", 113},
        {"Magnesium citrate, dibasic", "citrate-dibasic", 113},
        {"dibasic magnesium citrate", "citrate-dibasic", 113},
        // glycinate
        {"Doctor's Best High Absorption Magnesium Glycinate Lysinate Chelate", "glycinate", 141},
        {"magnesium bisglycinate", "glycinate", 141},
        {"Pure Encapsulations Magnesium (glycinate)", "glycinate", 141},
        {"KAL magnesium glycinate chelate 400", "glycinate", 141},
        // malate, lactate, taurate, threonate, orotate, gluconate
        {"Source Naturals magnesium malate", "malate", 155},
        {"magnesium malate trihydrate", "malate-trihydrate", 116},
        {"Mag-Tab SR magnesium L-lactate dihydrate", "lactate-dihydrate", 102},
        {"magnesium lactate", "lactate", 120},
        {"Cardiovascular Research magnesium taurate", "taurate", 89},
        {"Magtein magnesium L-threonate", "threonate", 83},
        {"Magtein", "threonate", 83},
        {"Life Extension Neuro-Mag Magnesium L-Threonate", "threonate", 83},
        {"magnesium orotate", "orotate", 66},
        {"Magonate (magnesium gluconate dihydrate)", "gluconate-dihydrate", 54},
        {"magnesium gluconate", "gluconate", 59},
        // prescription forms
        {"magnesium glycerophosphate", "glycerophosphate", 125},
        {"Neomag chewable (magnesium glycerophosphate)", "glycerophosphate", 125},
        {"Mag 2 magnesium pidolate", "pidolate", 87},
        // two forms named: the program must ask, not guess
        {"dimagnesium malate", kAmbiguous, 0},  // no value in the reference: asked for
        {"magnesium oxide and citrate", kAmbiguous, 0},
        {"Nature's Bounty magnesium oxide, citrate, aspartate", kAmbiguous, 0},
        {"Rolaids (calcium carbonate and magnesium hydroxide)", kAmbiguous, 0},
        {"magnesium glycinate & malate", kAmbiguous, 0},
        {"Triple Magnesium Complex (citrate/glycinate/malate)", kAmbiguous, 0},
        // one form, two waters, or a water §5 has no value for
        {"magnesium chloride hexahydrate anhydrous", kAmbiguous, 0},
        {"magnesium citrate dihydrate", kAmbiguous, 0},
        {"Epsom salt anhydrous", kAmbiguous, 0},
        // no form named
        {"Nature Made Magnesium 250 mg", kNone, 0},
        {"CALM", kNone, 0},
        {"Magnesium (as magnesium amino acid chelate)", kNone, 0},
        {"ZMA", kNone, 0},
        {"multivitamin", kNone, 0},
        {"magnesium phosphate dibasic", kNone, 0},
        {"Magnaspartate", kNone, 0},
    };
    return kNames;
}

std::string result(const FormMatch& m) {
    switch (m.kind) {
        case FormMatch::Kind::one:
            return m.form->id;
        case FormMatch::Kind::ambiguous:
            return kAmbiguous;
        case FormMatch::Kind::none:
            return kNone;
    }
    return "?";
}

}  // namespace

TEST_CASE("product names give the form and magnesium fraction of docs/methods.md §5",
          "[supplement]") {
    REQUIRE(product_names().size() >= 40);
    for (const auto& x : product_names()) {
        INFO("name: " << x.name);
        const FormMatch m = match_form(x.name);
        CHECK(result(m) == x.form);
        if (m.kind == FormMatch::Kind::one) CHECK(m.form->permille_x10 == x.permille_x10);
        if (m.kind == FormMatch::Kind::ambiguous) {
            CHECK_FALSE(m.problem.empty());
            CHECK_FALSE(m.candidates.empty());
        }
    }
}

TEST_CASE("the form table: stable ids, one usual form per salt, §5 values", "[supplement]") {
    std::set<std::string> ids, usual_salts, salts;
    for (const auto& f : supplement_forms()) {
        CHECK(ids.insert(f.id).second);
        salts.insert(f.salt);
        if (f.usual) CHECK(usual_salts.insert(f.salt).second);
        CHECK(f.permille_x10 > 0);
        CHECK(f.permille_x10 < 1000);
    }
    CHECK(usual_salts == salts);
    // Ids already written in journals keep their meaning.
    for (const char* id : {"oxide",
                           "hydroxide",
                           "carbonate",
                           "chloride-hexahydrate",
                           "chloride",
                           "sulfate-heptahydrate",
                           "sulfate",
                           "citrate-nonahydrate",
                           "citrate",
                           "glycinate",
                           "malate-trihydrate",
                           "malate",
                           "lactate-dihydrate",
                           "lactate",
                           "taurate",
                           "threonate",
                           "aspartate-dihydrate",
                           "aspartate",
                           "orotate",
                           "gluconate-dihydrate",
                           "gluconate"})
        CHECK(find_form(id) != nullptr);
    CHECK(find_form("chloride")->permille_x10 == 255);
    CHECK(find_form("sulfate")->permille_x10 == 202);
    CHECK(find_form("Peroxide")->permille_x10 == 432);
    CHECK(find_form("citrate-dibasic")->permille_x10 == 113);
    CHECK(find_form("glycerophosphate")->permille_x10 == 125);
    CHECK(find_form("pidolate")->permille_x10 == 87);
    CHECK(find_form("aspartate-hydrochloride")->permille_x10 == 99);
    CHECK(find_form("magnesium") == nullptr);
    CHECK(form_ids().size() == supplement_forms().size());
}

TEST_CASE("ambiguous names say why and which forms to choose from", "[supplement]") {
    const FormMatch two = match_form("magnesium oxide and citrate");
    CHECK(two.problem == "names more than one form (oxide, citrate)");
    CHECK(two.candidates == std::vector<std::string>{"oxide", "citrate"});
    const FormMatch waters = match_form("magnesium chloride hexahydrate anhydrous");
    CHECK(waters.problem == "names chloride as hexahydrate and anhydrous");
    CHECK(waters.candidates == std::vector<std::string>{"chloride-hexahydrate", "chloride"});
    const FormMatch lacking = match_form("magnesium citrate dihydrate");
    CHECK(lacking.problem == "names citrate dihydrate, which docs/methods.md §5 has no value for");
    CHECK(lacking.candidates == std::vector<std::string>{"citrate-nonahydrate", "citrate"});
}

TEST_CASE("notes: a label that wins over the formula, a hydrate chosen by default",
          "[supplement]") {
    const FormMatch magtein = match_form("Magtein magnesium L-threonate");
    REQUIRE(magtein.notes.size() == 1);
    CHECK_THAT(magtein.notes[0], Catch::Contains("7.2 %") && Catch::Contains("label wins"));
    CHECK(match_form("magnesium L-threonate").notes.empty());

    const FormMatch chloride = match_form("magnesium chloride");
    REQUIRE(chloride.notes.size() == 1);
    CHECK(chloride.notes[0] ==
          "the name does not say anhydrous or which hydrate: used magnesium chloride "
          "hexahydrate, as most products sold for oral use are; for the anhydrous salt use "
          "--form chloride");
    const FormMatch citrate = match_form("magnesium citrate");
    REQUIRE(citrate.notes.size() == 1);
    CHECK_THAT(citrate.notes[0], Catch::Contains("--form citrate-nonahydrate"));
    // Written water, Epsom salt and single-form salts need no note.
    CHECK(match_form("magnesium chloride anhydrous").notes.empty());
    CHECK(match_form("Epsom salt").notes.empty());
    CHECK(match_form("magnesium oxide").notes.empty());
    CHECK(match_form("magnesium orotate").notes.empty());
}

TEST_CASE("whole words only: no form inside another word", "[supplement]") {
    CHECK(match_form("hydroxide").form->id == "hydroxide");
    CHECK(match_form("peroxide").form->id == "peroxide");
    CHECK(match_form("oxidex").kind == FormMatch::Kind::none);
    CHECK(match_form("magnesiumcitrate").kind == FormMatch::Kind::none);
    CHECK(match_form("ox").kind == FormMatch::Kind::none);
    CHECK(match_form("").kind == FormMatch::Kind::none);
    CHECK(match_form("  --  ").kind == FormMatch::Kind::none);
    CHECK(match_form("magnésium citrate").form->id == "citrate");
}

TEST_CASE("compound mass to elemental magnesium", "[supplement]") {
    CHECK(elemental(Magnesium::from_mg(1200), *find_form("hydroxide")).ug() == 500400);
    CHECK(elemental(Magnesium::from_mg(1000), *find_form("sulfate-heptahydrate")).ug() == 99000);
    CHECK(elemental(Magnesium::from_mg(535), *find_form("chloride-hexahydrate")).ug() == 64200);
    CHECK(elemental(Magnesium::from_mg(400), *find_form("oxide")).ug() == 241200);
    CHECK(parse_supplement_mass("0.5 g").ug() == 500000);
    CHECK_THROWS_AS(parse_supplement_mass("200 ml"), InputError);
}
