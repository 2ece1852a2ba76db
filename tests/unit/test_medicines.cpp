// The medicine catalogue and its matcher (docs/methods.md §4): a corpus of names as people
// write them, with what each must be read as.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "core/text.hpp"
#include "engine/medicines.hpp"

using namespace mg;

namespace {

// A name as written, and the catalogue substances it must be read as ("none": unrecognised).
struct Case {
    const char* written;
    const char* generics;
};

std::string read_as(const MedicineMatch& m) {
    std::vector<std::string> names = m.generic_names();
    if (names.empty()) return "none";
    std::sort(names.begin(), names.end());
    return join(names, ",");
}

std::string sorted(const char* generics) {
    std::vector<std::string> names = split_words(generics, ",");
    std::sort(names.begin(), names.end());
    return join(names, ",");
}

// Every generic, spelling and brand of the catalogue, in mixed case and with doses.
const std::vector<Case> kExact = {
    {"omeprazole", "omeprazole"},
    {"ESOMEPRAZOLE 20 mg", "esomeprazole"},
    {"Lansoprazole 10mg daily", "lansoprazole"},
    {"Pantoprazole (morning)", "pantoprazole"},
    {"rabeprazole 250 mg twice a day", "rabeprazole"},
    {"DEXLANSOPRAZOLE 5 mg", "dexlansoprazole"},
    {"Furosemide 40 mg once daily", "furosemide"},
    {"Bumetanide tablets", "bumetanide"},
    {"torsemide", "torsemide"},
    {"ETHACRYNIC ACID 20 mg", "ethacrynic acid"},
    {"Hydrochlorothiazide 10mg daily", "hydrochlorothiazide"},
    {"Hctz (morning)", "hydrochlorothiazide"},
    {"chlorothiazide 250 mg twice a day", "chlorothiazide"},
    {"CHLORTHALIDONE 5 mg", "chlorthalidone"},
    {"Indapamide 40 mg once daily", "indapamide"},
    {"Metolazone tablets", "metolazone"},
    {"amiloride", "amiloride"},
    {"SPIRONOLACTONE 20 mg", "spironolactone"},
    {"Eplerenone 10mg daily", "eplerenone"},
    {"Triamterene (morning)", "triamterene"},
    {"alendronate 250 mg twice a day", "alendronate"},
    {"RISEDRONATE 5 mg", "risedronate"},
    {"Ibandronate 40 mg once daily", "ibandronate"},
    {"Etidronate tablets", "etidronate"},
    {"doxycycline", "doxycycline"},
    {"MINOCYCLINE 20 mg", "minocycline"},
    {"Tetracycline 10mg daily", "tetracycline"},
    {"Demeclocycline (morning)", "demeclocycline"},
    {"ciprofloxacin 250 mg twice a day", "ciprofloxacin"},
    {"LEVOFLOXACIN 5 mg", "levofloxacin"},
    {"Moxifloxacin 40 mg once daily", "moxifloxacin"},
    {"Ofloxacin tablets", "ofloxacin"},
    {"metformin", "metformin"},
    {"TACROLIMUS 20 mg", "tacrolimus"},
    {"Cyclosporine 10mg daily", "cyclosporine"},
    {"Ciclosporin (morning)", "cyclosporine"},
    {"cisplatin 250 mg twice a day", "cisplatin"},
    {"CARBOPLATIN 5 mg", "carboplatin"},
    {"Amphotericin B 40 mg once daily", "amphotericin b"},
    {"Amphotericin tablets", "amphotericin b"},
    {"amikacin", "amikacin"},
    {"GENTAMICIN 20 mg", "gentamicin"},
    {"Tobramycin 10mg daily", "tobramycin"},
    {"Cetuximab (morning)", "cetuximab"},
    {"panitumumab 250 mg twice a day", "panitumumab"},
    {"ERLOTINIB 5 mg", "erlotinib"},
    {"Foscarnet 40 mg once daily", "foscarnet"},
    {"Pentamidine tablets", "pentamidine"},
    {"sirolimus", "sirolimus"},
    {"RAPAMYCIN 20 mg", "sirolimus"},
    {"Digoxin 10mg daily", "digoxin"},
    {"Levothyroxine (morning)", "levothyroxine"},
    {"dolutegravir 250 mg twice a day", "dolutegravir"},
    {"ELVITEGRAVIR 5 mg", "elvitegravir"},
    {"Raltegravir 40 mg once daily", "raltegravir"},
    {"Bictegravir tablets", "bictegravir"},
    {"gabapentin", "gabapentin"},
    {"ELTROMBOPAG 20 mg", "eltrombopag"},
    {"Mycophenolate 10mg daily", "mycophenolate"},
    {"Mycophenolic acid (morning)", "mycophenolate"},
    {"penicillamine 250 mg twice a day", "penicillamine"},
    {"IRON 5 mg", "iron"},
    {"Ferrous Sulfate 40 mg once daily", "iron"},
    {"Ferrous fumarate tablets", "iron"},
    {"ferrous gluconate", "iron"},
    {"NITROFURANTOIN 20 mg", "nitrofurantoin"},
    {"Quinidine 10mg daily", "quinidine"},
    {"Chloroquine (morning)", "chloroquine"},
    {"hydroxychloroquine 250 mg twice a day", "hydroxychloroquine"},
    {"CELLULOSE SODIUM PHOSPHATE 5 mg", "cellulose sodium phosphate"},
    {"Sodium Cellulose Phosphate 40 mg once daily", "cellulose sodium phosphate"},
    {"Edetate disodium tablets", "edetate disodium"},
    {"disodium edetate", "edetate disodium"},
    {"PRILOSEC 20 mg", "omeprazole"},
    {"Prilosec Otc 10mg daily", "omeprazole"},
    {"Nexium (morning)", "esomeprazole"},
    {"Prevacid 250 mg twice a day", "lansoprazole"},
    {"PREVACID 24HR 5 mg", "lansoprazole"},
    {"Protonix 40 mg once daily", "pantoprazole"},
    {"Aciphex tablets", "rabeprazole"},
    {"Dexilant", "dexlansoprazole"},
    {"ZEGERID 20 mg", "omeprazole"},
    {"Zegerid Otc 10mg daily", "omeprazole"},
    {"Vimovo (morning)", "esomeprazole"},
    {"Lasix 250 mg twice a day", "furosemide"},
    {"BUMEX 5 mg", "bumetanide"},
    {"Burinex 40 mg once daily", "bumetanide"},
    {"Demadex tablets", "torsemide"},
    {"Edecrin", "ethacrynic acid"},
    {"MICROZIDE 20 mg", "hydrochlorothiazide"},
    {"Hydrodiuril 10mg daily", "hydrochlorothiazide"},
    {"Esidrix (morning)", "hydrochlorothiazide"},
    {"Oretic 250 mg twice a day", "hydrochlorothiazide"},
    {"DIURIL 5 mg", "chlorothiazide"},
    {"Thalitone 40 mg once daily", "chlorthalidone"},
    {"Hygroton tablets", "chlorthalidone"},
    {"Lozol", "indapamide"},
    {"NATRILIX 20 mg", "indapamide"},
    {"Zaroxolyn 10mg daily", "metolazone"},
    {"Maxzide (morning)", "hydrochlorothiazide,triamterene"},
    {"Dyazide 250 mg twice a day", "hydrochlorothiazide,triamterene"},
    {"ALDACTAZIDE 5 mg", "hydrochlorothiazide,spironolactone"},
    {"Moduretic 40 mg once daily", "amiloride,hydrochlorothiazide"},
    {"Midamor tablets", "amiloride"},
    {"Aldactone", "spironolactone"},
    {"CAROSPIR 20 mg", "spironolactone"},
    {"Dyrenium 10mg daily", "triamterene"},
    {"Inspra (morning)", "eplerenone"},
    {"Sumycin 250 mg twice a day", "tetracycline"},
    {"DECLOMYCIN 5 mg", "demeclocycline"},
    {"Vibramycin 40 mg once daily", "doxycycline"},
    {"Minocin tablets", "minocycline"},
    {"Cipro", "ciprofloxacin"},
    {"LEVAQUIN 20 mg", "levofloxacin"},
    {"Avelox 10mg daily", "moxifloxacin"},
    {"Floxin (morning)", "ofloxacin"},
    {"Amikin 250 mg twice a day", "amikacin"},
    {"GARAMYCIN 5 mg", "gentamicin"},
    {"Cidomycin 40 mg once daily", "gentamicin"},
    {"Nebcin tablets", "tobramycin"},
    {"Neurontin", "gabapentin"},
    {"SYNTHROID 20 mg", "levothyroxine"},
    {"Levoxyl 10mg daily", "levothyroxine"},
    {"Unithroid (morning)", "levothyroxine"},
    {"Tirosint 250 mg twice a day", "levothyroxine"},
    {"PLATINOL 5 mg", "cisplatin"},
    {"Pentam 40 mg once daily", "pentamidine"},
    {"Nebupent tablets", "pentamidine"},
    {"Foscavir", "foscarnet"},
    {"PROGRAF 20 mg", "tacrolimus"},
    {"Tivicay 10mg daily", "dolutegravir"},
    {"Triumeq (morning)", "dolutegravir"},
    {"Juluca 250 mg twice a day", "dolutegravir"},
    {"ISENTRESS 5 mg", "raltegravir"},
    {"Biktarvy 40 mg once daily", "bictegravir"},
    {"Promacta tablets", "eltrombopag"},
    {"Revolade", "eltrombopag"},
    {"LANOXIN 20 mg", "digoxin"},
    {"Neoral 10mg daily", "cyclosporine"},
    {"Sandimmune (morning)", "cyclosporine"},
    {"Erbitux 250 mg twice a day", "cetuximab"},
    {"VECTIBIX 5 mg", "panitumumab"},
    {"Tarceva 40 mg once daily", "erlotinib"},
    {"Rapamune tablets", "sirolimus"},
    {"Paraplatin", "carboplatin"},
    {"FOSAMAX 20 mg", "alendronate"},
    {"Actonel 10mg daily", "risedronate"},
    {"Boniva (morning)", "ibandronate"},
    {"CellCept 250 mg twice a day", "mycophenolate"},
    {"MYFORTIC 5 mg", "mycophenolate"},
    {"Cuprimine 40 mg once daily", "penicillamine"},
    {"Depen tablets", "penicillamine"},
    {"Glucophage", "metformin"},
    {"STRIBILD 20 mg", "elvitegravir"},
    {"Genvoya 10mg daily", "elvitegravir"},
    // Several names in one text, and names inside longer text.
    {"Lasix 40 mg and Nexium 20 mg", "esomeprazole,furosemide"},
    {"omeprazole 20 mg daily", "omeprazole"},
    {"cipro floxacin", "ciprofloxacin"},
    {"elvitegravir/cobicistat 150/150", "elvitegravir"},
    {"Amphotericin B liposomal", "amphotericin b"},
    {"HCTZ 25mg", "hydrochlorothiazide"},
    {"Dyazide 37.5/25", "hydrochlorothiazide,triamterene"},
    {"Vimovo 500/20 mg", "esomeprazole"},
    {"Zegerid OTC 20 mg", "omeprazole"},
    {"mycophenolate mofetil 1 g", "mycophenolate"},
    {"iron tablets", "iron"},
};

// Typos that have one closest catalogue name.
const std::vector<Case> kTypos = {
    {"furosemid", "furosemide"},
    {"frusemide 40 mg", "furosemide"},
    {"torasemide", "torsemide"},
    {"hydrochlorthiazide", "hydrochlorothiazide"},
    {"omeprazol", "omeprazole"},
    {"Nexuim", "esomeprazole"},
    {"prilosek", "omeprazole"},
    {"pantoprazol 40mg", "pantoprazole"},
    {"spironolacton", "spironolactone"},
    {"doxycyclin", "doxycycline"},
    {"Vibramicin", "doxycycline"},
    {"levothyroxin", "levothyroxine"},
    {"Synthriod", "levothyroxine"},
    {"ciprofloxacine", "ciprofloxacin"},
    {"metformine", "metformin"},
    {"gabapentine", "gabapentin"},
    {"tacrolimous", "tacrolimus"},
    {"digoxine", "digoxin"},
    {"alendronat", "alendronate"},
    {"etacrynic acid", "ethacrynic acid"},
    {"ferrous sulphate 200 mg", "iron"},
    {"hydroxychlorquine", "hydroxychloroquine"},
    {"dolutegravr", "dolutegravir"},
    {"mycophenolat", "mycophenolate"},
    {"cyclosporin", "cyclosporine"},
    {"esomeprazol", "esomeprazole"},
    {"Lasixx", "furosemide"},
    {"Aldactone", "spironolactone"},
    {"Aldacton", "spironolactone"},
    {"Levaqin", "levofloxacin"},
    {"Lanoxn", "digoxin"},
    {"Prograff", "tacrolimus"},
};

// Real medicines outside the catalogue, typos equally close to two catalogue names, and
// things that are not medicines: none may be read as a catalogue medicine.
const std::vector<Case> kNone = {
    {"rituximab", "none"},
    {"Rituximab 375 mg/m2", "none"},
    {"atorvastatin", "none"},
    {"lisinopril", "none"},
    {"sertraline", "none"},
    {"simvastatin", "none"},
    {"amlodipine", "none"},
    {"losartan", "none"},
    {"metoprolol", "none"},
    {"rosuvastatin", "none"},
    {"pravastatin", "none"},
    {"enalapril", "none"},
    {"ramipril", "none"},
    {"valsartan", "none"},
    {"atenolol", "none"},
    {"propranolol", "none"},
    {"carvedilol", "none"},
    {"diltiazem", "none"},
    {"verapamil", "none"},
    {"fluoxetine", "none"},
    {"citalopram", "none"},
    {"escitalopram", "none"},
    {"venlafaxine", "none"},
    {"levetiracetam", "none"},
    {"lamotrigine", "none"},
    {"pregabalin", "none"},
    {"warfarin", "none"},
    {"apixaban", "none"},
    {"clopidogrel", "none"},
    {"aspirin 81 mg", "none"},
    {"ibuprofen", "none"},
    {"naproxen", "none"},
    {"paracetamol", "none"},
    {"prednisone", "none"},
    {"insulin glargine", "none"},
    {"glipizide", "none"},
    {"sitagliptin", "none"},
    {"empagliflozin", "none"},
    {"allopurinol", "none"},
    {"tamsulosin", "none"},
    {"montelukast", "none"},
    {"famotidine", "none"},
    {"methotrexate", "none"},
    {"everolimus", "none"},
    {"temsirolimus", "none"},
    {"oxaliplatin", "none"},
    {"infliximab", "none"},
    {"digitoxin", "none"},
    {"norfloxacin", "none"},
    {"gemifloxacin", "none"},
    {"quinine", "none"},
    {"clonidine", "none"},
    {"liothyronine", "none"},
    {"cabotegravir", "none"},
    {"abacavir", "none"},
    {"lamivudine", "none"},
    {"cobicistat", "none"},
    {"azithromycin", "none"},
    {"neomycin", "none"},
    {"streptomycin", "none"},
    {"Lipitor", "none"},
    {"Zoloft", "none"},
    {"Norvasc", "none"},
    {"Plavix", "none"},
    {"Flomax", "none"},
    {"Xanax", "none"},
    {"fish oil", "none"},
    {"vitamin D 1000 IU", "none"},
    {"magnesium glycinate", "none"},
    {"ace", "none"},
    {"tibramycin", "none"},
    {"lantoprazole", "none"},
    {"eomeprazole", "none"},
    {"gapamycin", "none"},
    {"", "none"},
};

}  // namespace

TEST_CASE("catalogue: every generic, spelling and brand is read exactly", "[medicines]") {
    for (const auto& c : kExact) {
        INFO(c.written);
        const MedicineMatch m = match_medicine(c.written);
        CHECK(read_as(m) == sorted(c.generics));
        CHECK_FALSE(m.fuzzy);
    }
}

TEST_CASE("catalogue: a typo is read as the one closest name, and says so", "[medicines]") {
    for (const auto& c : kTypos) {
        INFO(c.written);
        const MedicineMatch m = match_medicine(c.written);
        CHECK(read_as(m) == sorted(c.generics));
    }
    const MedicineMatch typo = match_medicine("Vibramicin");
    CHECK(typo.fuzzy);
    CHECK(typo.read_as == "Vibramycin");
    CHECK_FALSE(match_medicine("Aldactone").fuzzy);
}

TEST_CASE("catalogue: common medicines and ambiguous typos are not recognised", "[medicines]") {
    for (const auto& c : kNone) {
        INFO(c.written);
        const MedicineMatch m = match_medicine(c.written);
        CHECK(read_as(m) == "none");
        CHECK_FALSE(m.recognised());
    }
    CHECK(match_medicine("rituximab").close.empty());
    const MedicineMatch tie = match_medicine("tibramycin");
    CHECK(std::set<std::string>(tie.close.begin(), tie.close.end()) ==
          std::set<std::string>{"tobramycin", "Vibramycin"});
}

TEST_CASE("catalogue: the corpus covers every name, with at least 200 cases", "[medicines]") {
    CHECK(kExact.size() + kTypos.size() + kNone.size() >= 200);
    std::set<std::string> written;
    for (const auto& c : kExact) written.insert(to_lower(c.written));
    auto covered = [&](const std::string& name) {
        const std::string lower = to_lower(name);
        return std::any_of(written.begin(), written.end(),
                           [&](const std::string& w) { return w.rfind(lower, 0) == 0; });
    };
    for (const auto& g : medicine_generics()) {
        CHECK(covered(g.name));
        for (const auto& s : g.spellings) CHECK(covered(s));
    }
    for (const auto& b : medicine_brands()) CHECK(covered(b.name));
    CHECK(known_other_medicines().size() >= 40);
}

TEST_CASE("catalogue: consistent tables", "[medicines]") {
    std::set<std::string> names;
    for (const auto& g : medicine_generics()) {
        INFO(g.name);
        CHECK_FALSE(g.classes.empty());
        CHECK(names.insert(g.name).second);
        for (const auto& s : g.spellings) CHECK(names.insert(s).second);
        const bool lowers = std::find(g.classes.begin(), g.classes.end(),
                                      DrugClass::other_hypomagnesemia) != g.classes.end() ||
                            std::find(g.classes.begin(), g.classes.end(),
                                      DrugClass::calcineurin_inhibitor) != g.classes.end();
        CHECK(lowers == !g.listed_by.empty());
    }
    for (const auto& b : medicine_brands()) {
        INFO(b.name);
        CHECK(names.insert(to_lower(b.name)).second);
        CHECK_FALSE(b.generics.empty());
        for (const auto& g : b.generics) CHECK(find_generic(g) != nullptr);
    }
    for (const auto& o : known_other_medicines()) {
        INFO(o);
        CHECK(names.count(o) == 0);
    }
}

TEST_CASE("catalogue: combination brands carry every class they contain", "[medicines]") {
    const MedicineMatch maxzide = match_medicine("Maxzide 37.5/25");
    CHECK(maxzide.has(DrugClass::thiazide_diuretic));
    CHECK(maxzide.has(DrugClass::potassium_sparing_diuretic));
    CHECK_FALSE(maxzide.has(DrugClass::loop_diuretic));
    CHECK(match_medicine("Aldactazide").has(DrugClass::potassium_sparing_diuretic));
    CHECK(match_medicine("Moduretic").has(DrugClass::thiazide_diuretic));
    CHECK(match_medicine("Triumeq").has(DrugClass::integrase_inhibitor));
    CHECK(match_medicine("Vimovo").has(DrugClass::ppi));
    const MedicineMatch tarceva = match_medicine("Tarceva");
    CHECK(tarceva.has(DrugClass::erlotinib));
    CHECK(tarceva.has(DrugClass::other_hypomagnesemia));
    CHECK(match_medicine("Lanoxin").has(DrugClass::digoxin));
    CHECK_FALSE(match_medicine("digoxin").has(DrugClass::other_hypomagnesemia));
}
