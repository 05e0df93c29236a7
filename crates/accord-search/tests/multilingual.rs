#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Each language's analysis, end to end: index real-looking reports, query as a person would.

use accord_search::{DocKind, SearchDoc, SearchIndex, SearchQuery};

fn doc(id: &str, lang: Option<&str>, title: &str, body: &str) -> SearchDoc {
    SearchDoc {
        id: id.into(),
        kind: DocKind::Report,
        incident: format!("incident:{id}"),
        lang: lang.map(Into::into),
        title: title.into(),
        body: body.into(),
        access: vec!["public".into()],
        facets: vec![],
        date: None,
    }
}

fn index(docs: &[SearchDoc]) -> SearchIndex {
    let index = SearchIndex::in_memory().unwrap();
    index.upsert(docs).unwrap();
    index.commit().unwrap();
    index
}

/// The ids found for `text`, in rank order.
fn ids(index: &SearchIndex, text: &str) -> Vec<String> {
    let q = SearchQuery { text: text.into(), limit: 50, ..SearchQuery::default() };
    index.search(&q).unwrap().hits.into_iter().map(|h| h.id).collect()
}

fn corpus() -> Vec<SearchDoc> {
    vec![
        doc(
            "zh-face",
            Some("zh"),
            "地铁站部署人脸识别系统引发争议",
            "某市地铁站在未经乘客同意的情况下部署了人脸识别摄像头，收集乘客的生物特征数据。",
        ),
        doc(
            "zh-car",
            None,
            "自动驾驶汽车事故致一名行人死亡",
            "一辆处于自动驾驶模式的汽车在夜间未能识别横穿马路的行人，造成致命事故。",
        ),
        doc(
            "zh-loan",
            Some("zh-CN"),
            "贷款审批算法歧视女性申请人",
            "银行使用的信用评分模型对女性申请人给出更低的额度。",
        ),
        doc(
            "ar-face",
            Some("ar"),
            "أنظمة التعرف على الوجه في المطارات",
            "نشرت السلطات نظامًا للتعرّف على الوجوه دون إذن المسافرين، واعترض المعلمون على استخدامه في المدارس.",
        ),
        doc(
            "ar-car",
            None,
            "حادث سيارة ذاتية القيادة",
            "اصطدمت السيارات ذاتية القيادة بحاجز، وقالت الشركة إن الخوارزميات أخطأت في تقدير المسافة.",
        ),
        doc(
            "fr-car",
            Some("fr-FR"),
            "Des véhicules autonomes impliqués dans des collisions",
            "Les véhicules autonomes de la société n'ont pas détecté les piétons. La sécurité des systèmes est mise en cause.",
        ),
        doc(
            "fr-face",
            Some("fr"),
            "La reconnaissance faciale à l'école",
            "Un lycée a testé la reconnaissance faciale à l'entrée, sans base légale selon la CNIL.",
        ),
        doc(
            "es-face",
            Some("es"),
            "Sistemas de reconocimiento facial en estadios",
            "Los sistemas de reconocimiento facial identificaron erróneamente a aficionados; la información se compartió con la policía.",
        ),
        doc(
            "ru-face",
            Some("ru"),
            "Системы распознавания лиц в метро",
            "Московское метро внедрило систему распознавания лиц; правозащитники сообщили об ошибках алгоритма.",
        ),
        doc(
            "en-car",
            Some("en"),
            "Autonomous vehicle crashes into a barrier",
            "The vehicle was deployed in driverless mode when it crashed. Investigators blamed the perception system.",
        ),
        doc(
            "en-face",
            Some("en"),
            "Police deploy facial recognition at protests",
            "Facial recognition systems misidentified several protesters, leading to wrongful arrests.",
        ),
        doc(
            "de-car",
            Some("de"),
            "Autonomes Fahrzeug verursacht Unfall",
            "Das autonome Fahrzeug erkannte den Fußgänger nicht und verursachte einen schweren Unfall.",
        ),
    ]
}

#[test]
fn chinese_without_spaces() {
    let index = index(&corpus());
    assert_eq!(ids(&index, "人脸识别"), ["zh-face"]);
    assert_eq!(ids(&index, "自动驾驶汽车事故"), ["zh-car"]);
    assert_eq!(ids(&index, "算法歧视"), ["zh-loan"]);
    // A word that occurs in no Chinese report finds nothing (and not every Chinese report).
    assert!(ids(&index, "无人机").is_empty());
}

#[test]
fn arabic_articles_plurals_diacritics_and_alef_forms() {
    let index = index(&corpus());
    // Title has أنظمة and التعرف; the body نظامًا, للتعرّف (diacritics), الوجوه, المعلمون.
    assert_eq!(ids(&index, "الأنظمة"), ["ar-face"]);
    assert_eq!(ids(&index, "انظمة"), ["ar-face"]);
    assert_eq!(ids(&index, "تعرف"), ["ar-face"]);
    assert_eq!(ids(&index, "التَّعَرُّف"), ["ar-face"]);
    assert_eq!(ids(&index, "معلم"), ["ar-face"]);
    assert_eq!(ids(&index, "المعلمين"), ["ar-face"]);
    // سيارة ↔ السيارات (plural with article) and سيارات (plural without); الخوارزميات ↔ خوارزمية.
    assert_eq!(ids(&index, "سيارة"), ["ar-car"]);
    assert_eq!(ids(&index, "سيارات"), ["ar-car"]);
    assert_eq!(ids(&index, "خوارزمية"), ["ar-car"]);
    assert!(ids(&index, "طائرة").is_empty());
    // على and إلى are stop words (after normalisation: علي, الي): optional, not required.
    // The car report has no على.
    assert_eq!(ids(&index, "حادث على سيارة ذاتية القيادة"), ["ar-car"]);
}

#[test]
fn french_plurals_and_accents() {
    let index = index(&corpus());
    assert_eq!(ids(&index, "véhicule autonome"), ["fr-car"]);
    assert_eq!(ids(&index, "vehicule autonome"), ["fr-car"]);
    assert_eq!(ids(&index, "securite"), ["fr-car"]);
    assert_eq!(ids(&index, "piéton"), ["fr-car"]);
    assert_eq!(ids(&index, "reconnaissances faciales"), ["fr-face"]);
    // AND across words: both must occur.
    assert!(ids(&index, "véhicule faciale").is_empty());
}

#[test]
fn spanish_and_russian_inflections() {
    let index = index(&corpus());
    assert_eq!(ids(&index, "sistema de reconocimiento"), ["es-face"]);
    assert_eq!(ids(&index, "informacion"), ["es-face"]);
    assert_eq!(ids(&index, "policía"), ["es-face"]);
    // система (nom. sg.) ↔ Системы / систему; распознавание ↔ распознавания; ошибка ↔ ошибках.
    assert_eq!(ids(&index, "система распознавание"), ["ru-face"]);
    assert_eq!(ids(&index, "ошибка"), ["ru-face"]);
    assert_eq!(ids(&index, "алгоритмы"), ["ru-face"]);
}

#[test]
fn english_stemming_and_stop_words() {
    let index = index(&corpus());
    assert_eq!(ids(&index, "crash"), ["en-car"]);
    assert_eq!(ids(&index, "deployment of vehicles"), ["en-car"]);
    // "facial recognition" matches both English reports about it, the title match first.
    assert_eq!(ids(&index, "facial recognition"), ["en-face"]);
    assert_eq!(ids(&index, "the wrongful arrest"), ["en-face"]);
}

#[test]
fn other_languages_and_detection() {
    let index = index(&corpus());
    // German was declared: not one of the six, so detected, and indexed as "other".
    assert_eq!(ids(&index, "fussganger"), ["de-car"]);
    let q = SearchQuery { text: "Fahrzeug".into(), ..SearchQuery::default() };
    assert_eq!(index.search(&q).unwrap().hits[0].lang, "other");
    // Undeclared Chinese and Arabic reports were detected.
    let q = SearchQuery { text: "行人".into(), ..SearchQuery::default() };
    assert_eq!(index.search(&q).unwrap().hits[0].lang, "zh");
    let q = SearchQuery { text: "حادث".into(), ..SearchQuery::default() };
    assert_eq!(index.search(&q).unwrap().hits[0].lang, "ar");
}

#[test]
fn a_wrong_language_hint_still_finds() {
    let index = index(&corpus());
    for hint in ["en", "zh", "ar", "xx"] {
        let q = SearchQuery { text: "véhicules".into(), lang: Some(hint.into()), ..SearchQuery::default() };
        let hits = index.search(&q).unwrap().hits;
        assert_eq!(hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["fr-car"], "hint {hint}");
    }
}

#[test]
fn the_hinted_language_ranks_first() {
    let index = index(&corpus());
    // "autonomes" stems to `autonom` in French, English ("autonomous") and, as "other",
    // matches the German report: three hits, the hinted language's first.
    for (hint, first) in [("fr", "fr-car"), ("en", "en-car")] {
        let q = SearchQuery { text: "autonomes".into(), lang: Some(hint.into()), ..SearchQuery::default() };
        let hits = index.search(&q).unwrap().hits;
        assert_eq!(hits.len(), 3, "{hits:?}");
        assert_eq!(hits[0].id, first);
    }
}

#[test]
fn highlighting_marks_matches_and_escapes_everything_else() {
    let index = index(&[
        doc(
            "x",
            Some("en"),
            "<b>Crashes</b> & \"autonomous\" cars",
            "Intro text. <script>alert('x')</script> The vehicles crashed twice; crash reports followed.",
        ),
        doc("zh", Some("zh"), "自动驾驶汽车事故", "一辆自动驾驶汽车发生事故<img src=x onerror=alert(1)>。"),
    ]);
    let q = SearchQuery { text: "crash".into(), ..SearchQuery::default() };
    let hit = &index.search(&q).unwrap().hits[0];
    assert_eq!(hit.title_html, "&lt;b&gt;<mark>Crashes</mark>&lt;/b&gt; &amp; &quot;autonomous&quot; cars");
    assert!(hit.snippet_html.contains("<mark>crashed</mark>"), "{}", hit.snippet_html);
    assert!(hit.snippet_html.contains("<mark>crash</mark> reports"), "{}", hit.snippet_html);
    assert!(!hit.snippet_html.contains("<script"), "{}", hit.snippet_html);
    assert!(hit.snippet_html.contains("&lt;script&gt;"), "{}", hit.snippet_html);
    assert!(!hit.snippet_html.contains("vehicles</mark>"));

    let q = SearchQuery { text: "汽车事故".into(), ..SearchQuery::default() };
    let hit = &index.search(&q).unwrap().hits[0];
    assert_eq!(hit.title_html, "自动驾驶<mark>汽车</mark><mark>事故</mark>");
    assert!(hit.snippet_html.contains("<mark>汽车</mark>"), "{}", hit.snippet_html);
    assert!(!hit.snippet_html.contains("<img"), "{}", hit.snippet_html);
}

#[test]
fn snippets_of_long_bodies_are_passages() {
    let filler = "Nothing of interest happened on this day. ".repeat(30);
    let body = format!("{filler}Then the drone crashed into the crowd. {filler}");
    let index = index(&[doc("long", Some("en"), "Report", &body)]);
    let q = SearchQuery { text: "drone".into(), ..SearchQuery::default() };
    let hit = &index.search(&q).unwrap().hits[0];
    assert!(hit.snippet_html.starts_with('…') && hit.snippet_html.ends_with('…'), "{}", hit.snippet_html);
    assert!(hit.snippet_html.contains("<mark>drone</mark>"));
    assert!(hit.snippet_html.chars().count() < 260, "{}", hit.snippet_html);
    // Browsing (no words) shows the beginning of the body.
    let hit = &index.search(&SearchQuery::default()).unwrap().hits[0];
    assert!(hit.snippet_html.starts_with("Nothing of interest") && hit.snippet_html.ends_with('…'));
    assert!(!hit.snippet_html.contains("<mark>"));
}
