//! `langpack.*`: the cluster has no language packs, so every answer is empty (version 0),
//! which clients take as "use the built-in strings".

use mtrs_tl_api::functions::langpack as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, ok};

fn empty_difference(lang_code: mtrs_tl::TlString, from_version: i32) -> Answer {
    ok(&enums::LangPackDifference::LangPackDifference(
        types::LangPackDifference {
            lang_code,
            from_version,
            version: 0,
            strings: Vec::new(),
        },
    ))
}

/// `langpack.getLangPack` → an empty `langPackDifference` for the code asked.
pub(super) fn get_lang_pack(req: f::GetLangPack) -> Answer {
    empty_difference(req.lang_code, 0)
}

/// `langpack.getDifference` → an empty `langPackDifference`.
pub(super) fn get_difference(req: f::GetDifference) -> Answer {
    empty_difference(req.lang_code, req.from_version)
}

/// `langpack.getStrings` → no strings.
pub(super) fn get_strings(_req: f::GetStrings) -> Answer {
    ok(&Vec::<enums::LangPackString>::new())
}

/// `langpack.getLanguages` → no languages.
pub(super) fn get_languages(_req: f::GetLanguages) -> Answer {
    ok(&Vec::<enums::LangPackLanguage>::new())
}
