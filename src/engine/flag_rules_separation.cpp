// Dose separation between magnesium products and other medicines (reference sheet §4b): each
// rule names the medicine and the interval of its source row.
#include "engine/flag_rules.hpp"

namespace mg {

namespace {

// Every separation rule is a caution that fires on a logged supplement.
SeparationRule separation(std::string id, std::string title, std::string explanation,
                          std::string action, std::string evidence, std::string source,
                          DrugClass drug_class, std::vector<std::string> generics = {}) {
    return {.rule = {.id = std::move(id),
                     .severity = Severity::caution,
                     .title = std::move(title),
                     .explanation = std::move(explanation),
                     .action = std::move(action),
                     .evidence = std::move(evidence),
                     .source = std::move(source)},
            .drug_class = drug_class,
            .generics = std::move(generics)};
}

constexpr const char* kChelatesQuinolones =
    "Magnesium binds (chelates) fluoroquinolone antibiotics, as it does tetracyclines.";

std::vector<SeparationRule> antibiotic_and_bone_rules() {
    using C = DrugClass;
    return {
        separation("bisphosphonate-separation", "Bisphosphonate and a magnesium product",
                   "Magnesium-rich supplements and medicines reduce the absorption of "
                   "bisphosphonates.",
                   "Keep them apart: at least 2 hours (NIH ODS); a UK magnesium medicine's label "
                   "asks for magnesium 3 to 4 hours before or after.",
                   "authoritative review; product label", "ODS; SmPC-Mg", C::bisphosphonate),
        separation("tetracycline-separation", "Tetracycline antibiotic and a magnesium product",
                   "Magnesium binds (chelates) tetracycline antibiotics: doxycycline, "
                   "minocycline, demeclocycline and tetracycline.",
                   "Take the antibiotic at least 2 hours before or 4 to 6 hours after the "
                   "magnesium product (NIH ODS); a UK magnesium medicine's label asks for at "
                   "least 2 to 3 hours between them.",
                   "authoritative review; product label", "ODS; SmPC-Mg", C::tetracycline),
        separation("ciprofloxacin-separation", "Ciprofloxacin and a magnesium product",
                   std::string(kChelatesQuinolones) +
                       " The ciprofloxacin label (read in a secondary copy) sets the interval "
                       "for magnesium/aluminium antacids.",
                   "Take ciprofloxacin at least 2 hours before or 6 hours after the magnesium "
                   "product.",
                   "product label (secondary copy); authoritative review", "CIPRO-PI; ODS",
                   C::quinolone, {"ciprofloxacin"}),
        separation("levofloxacin-separation", "Levofloxacin and a magnesium product",
                   kChelatesQuinolones,
                   "Take levofloxacin 2 hours before or 2 hours after the magnesium product (a "
                   "Canadian drug information page, secondary); NIH ODS's advice for the class "
                   "is at least 2 hours before or 4 to 6 hours after. Ask your pharmacist which "
                   "to follow.",
                   "drug information (secondary); authoritative review", "LEVO-CA; ODS",
                   C::quinolone, {"levofloxacin"}),
        separation(
            "moxifloxacin-separation", "Moxifloxacin and a magnesium product", kChelatesQuinolones,
            "Take moxifloxacin at least 4 hours before or 8 hours after the magnesium "
            "product (Avelox prescribing information, read in a secondary copy).",
            "product label (secondary copy)", "AVELOX-PI; ODS", C::quinolone, {"moxifloxacin"}),
        separation("ofloxacin-separation", "Ofloxacin and a magnesium product",
                   std::string(kChelatesQuinolones) +
                       " mgcalc's sources give no interval specific to ofloxacin.",
                   "Take ofloxacin at least 2 hours before or 4 to 6 hours after the magnesium "
                   "product (NIH ODS's advice for the class), or ask your pharmacist about "
                   "timing.",
                   "authoritative review", "ODS", C::quinolone, {"ofloxacin"}),
    };
}

std::vector<SeparationRule> thyroid_and_hiv_rules() {
    using C = DrugClass;
    return {
        separation("levothyroxine-separation", "Levothyroxine and a magnesium product",
                   "FDA's labeling change for Synthroid (levothyroxine): do not take it within "
                   "4 hours of antacids, iron or calcium.",
                   "Take levothyroxine at least 4 hours apart from magnesium-containing "
                   "antacids; ask your pharmacist whether the same applies to your magnesium "
                   "supplement.",
                   "regulatory labeling change", "FDA-LT4", C::levothyroxine),
        separation("dolutegravir-separation", "Dolutegravir and a magnesium product",
                   "US HIV treatment guidelines set an interval between dolutegravir (Tivicay; "
                   "also in Triumeq and Juluca) and products with polyvalent cations such as "
                   "magnesium, aluminium, iron or calcium, including antacids and laxatives.",
                   "Take dolutegravir 2 hours before or 6 hours after the magnesium product.",
                   "clinical guideline", "DHHS-ARV", C::integrase_inhibitor, {"dolutegravir"}),
        separation("elvitegravir-separation", "Elvitegravir/cobicistat and a magnesium product",
                   "US HIV treatment guidelines set an interval between elvitegravir/cobicistat "
                   "(Stribild, Genvoya) and magnesium-containing products.",
                   "Separate elvitegravir/cobicistat and the magnesium product by more than 2 "
                   "hours.",
                   "clinical guideline", "DHHS-ARV", C::integrase_inhibitor, {"elvitegravir"}),
        separation("raltegravir-antacids", "Raltegravir and magnesium antacids",
                   "US HIV treatment guidelines: aluminium/magnesium antacids are not "
                   "recommended with raltegravir (Isentress), even when the doses are "
                   "staggered.",
                   "Ask your HIV clinician or pharmacist before taking magnesium-containing "
                   "antacids or other magnesium products with raltegravir.",
                   "clinical guideline", "DHHS-ARV", C::integrase_inhibitor, {"raltegravir"}),
        separation("bictegravir-separation", "Bictegravir and a magnesium product",
                   "The US prescribing information for Biktarvy (bictegravir), read in a "
                   "secondary copy: it may be taken under fasting conditions 2 hours before "
                   "aluminium/magnesium antacids, and not routinely with them or after them.",
                   "Take Biktarvy fasting, at least 2 hours before a magnesium-containing "
                   "antacid, not with or after it; ask your pharmacist about other magnesium "
                   "products.",
                   "product label (secondary copy)", "BIKTARVY-PI", C::integrase_inhibitor,
                   {"bictegravir"}),
    };
}

std::vector<SeparationRule> other_separation_rules() {
    using C = DrugClass;
    return {
        separation("gabapentin-separation", "Gabapentin and a magnesium product",
                   "The gabapentin (Neurontin) label, read in a secondary summary: take "
                   "gabapentin at least 2 hours after an aluminium/magnesium antacid.",
                   "Take gabapentin at least 2 hours after a magnesium-containing antacid; ask "
                   "your pharmacist whether the same applies to your magnesium supplement.",
                   "product label (secondary summary)", "GABA-LABEL", C::gabapentin),
        separation("eltrombopag-separation", "Eltrombopag and a magnesium product",
                   "US and UK labels set an interval between eltrombopag (Promacta; UK "
                   "Revolade) and products with polyvalent cations such as magnesium, "
                   "including mineral supplements.",
                   "Take eltrombopag at least 2 hours before or 4 hours after the magnesium "
                   "product (US prescribing information, read in a secondary copy); UK labels "
                   "ask for at least 4 hours apart, or magnesium 3 to 4 hours before or after.",
                   "product label (US: secondary copy; UK)", "PROMACTA-PI; SmPC-Mg2; SmPC-Mg",
                   C::eltrombopag),
        separation("erlotinib-separation", "Erlotinib and a magnesium product",
                   "A UK magnesium product's label sets an interval between magnesium and "
                   "erlotinib (Tarceva).",
                   "Take the magnesium product at least 4 hours before or 2 hours after "
                   "erlotinib.",
                   "product label", "SmPC-Mg2", C::erlotinib),
        separation("mycophenolate-timing", "Mycophenolate and a magnesium product",
                   "A UK magnesium product's label lists mycophenolate (CellCept, Myfortic) "
                   "among the medicines that interact with magnesium; mgcalc's sources give no "
                   "interval.",
                   "Ask your pharmacist about timing.", "product label (interval unverified)",
                   "SmPC-Mg2", C::mycophenolate),
        separation("separation-3-to-4-hours", "Medicine to keep 3 to 4 hours from magnesium",
                   "A UK magnesium medicine's label asks that magnesium be taken 3 to 4 hours "
                   "before or after penicillamine, iron, nitrofurantoin, quinidine and the "
                   "aminoquinolines chloroquine and hydroxychloroquine.",
                   "Take the magnesium product 3 to 4 hours before or after this medicine.",
                   "product label", "SmPC-Mg", C::separate_3_to_4_hours),
        separation("separation-1-hour",
                   "Cellulose sodium phosphate or edetate disodium and a magnesium supplement",
                   "A UK magnesium medicine's label: no magnesium supplement within 1 hour of "
                   "cellulose sodium phosphate or edetate disodium.",
                   "Take no magnesium supplement within 1 hour of this medicine.", "product label",
                   "SmPC-Mg", C::separate_1_hour),
    };
}

}  // namespace

const std::vector<SeparationRule>& separation_rules() {
    static const std::vector<SeparationRule> kRules = [] {
        std::vector<SeparationRule> all;
        for (auto& r : antibiotic_and_bone_rules()) all.push_back(std::move(r));
        for (auto& r : thyroid_and_hiv_rules()) all.push_back(std::move(r));
        for (auto& r : other_separation_rules()) all.push_back(std::move(r));
        return all;
    }();
    return kRules;
}

}  // namespace mg
