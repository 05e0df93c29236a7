//! Deterministic synthetic incident reports in the six UN languages, for benchmarks.
//!
//! Each report is written in one language from a few filler sentences and, for most reports,
//! one *topic* phrase in one of several natural inflections (singular, plural, with article,
//! another case…). The topic is recorded, so recall can be measured: a report is relevant to
//! its topic's query whichever inflection it was written with. The inflections were chosen as
//! a writer would use them, not by what a stemmer handles, so recall below 100 % is the
//! analyzer's, not the generator's.
//!
//! Report `i` depends only on `(seed, i)`, so any slice of a corpus can be regenerated.

use crate::{DocKind, SearchDoc};

/// A topic of one language: the query a person would type and the phrasings of the reports
/// relevant to it.
#[derive(Clone, Copy, Debug)]
pub struct Topic {
    pub lang: &'static str,
    /// Short name, unique within its language; the facet value is `lang:name`.
    pub name: &'static str,
    pub query: &'static str,
    pub variants: &'static [&'static str],
}

impl Topic {
    /// The value of the `topic` facet of the reports relevant to this topic.
    pub fn facet_value(&self) -> String {
        format!("{}:{}", self.lang, self.name)
    }
}

struct Language {
    code: &'static str,
    topics: &'static [Topic],
    /// Sentences that mention no topic word.
    filler: &'static [&'static str],
    /// Title beginnings for reports without a topic.
    titles: &'static [&'static str],
    /// Further queries for latency runs (words from the filler).
    queries: &'static [&'static str],
    /// Sentence separator.
    space: &'static str,
}

const EN_TOPICS: &[Topic] = &[
    Topic {
        lang: "en",
        name: "face",
        query: "facial recognition",
        variants: &["facial recognition", "facial recognition systems", "the recognition of facial images"],
    },
    Topic {
        lang: "en",
        name: "car",
        query: "autonomous vehicle",
        variants: &["autonomous vehicle", "autonomous vehicles", "vehicles driving in autonomous mode"],
    },
    Topic {
        lang: "en",
        name: "deepfake",
        query: "deepfake video",
        variants: &["deepfake video", "deepfake videos", "videos that were deepfaked"],
    },
];
const FR_TOPICS: &[Topic] = &[
    Topic {
        lang: "fr",
        name: "face",
        query: "reconnaissance faciale",
        variants: &["reconnaissance faciale", "systèmes de reconnaissance faciale", "reconnaissances faciales"],
    },
    Topic {
        lang: "fr",
        name: "car",
        query: "véhicule autonome",
        variants: &["véhicule autonome", "véhicules autonomes", "des véhicules entièrement autonomes"],
    },
    Topic {
        lang: "fr",
        name: "bias",
        query: "algorithme discriminatoire",
        variants: &["algorithme discriminatoire", "algorithmes discriminatoires", "un algorithme jugé discriminatoire"],
    },
];
const ES_TOPICS: &[Topic] = &[
    Topic {
        lang: "es",
        name: "face",
        query: "reconocimiento facial",
        variants: &["reconocimiento facial", "sistemas de reconocimiento facial", "reconocimientos faciales"],
    },
    Topic {
        lang: "es",
        name: "car",
        query: "vehículo autónomo",
        variants: &["vehículo autónomo", "vehículos autónomos", "los vehículos totalmente autónomos"],
    },
    Topic {
        lang: "es",
        name: "fake",
        query: "información falsa",
        variants: &["información falsa", "informaciones falsas", "la difusión de información falsa"],
    },
];
const RU_TOPICS: &[Topic] = &[
    Topic {
        lang: "ru",
        name: "face",
        query: "распознавание лиц",
        variants: &["распознавание лиц", "системы распознавания лиц", "с распознаванием лиц"],
    },
    Topic {
        lang: "ru",
        name: "car",
        query: "беспилотный автомобиль",
        variants: &["беспилотный автомобиль", "беспилотного автомобиля", "беспилотные автомобили"],
    },
    Topic {
        lang: "ru",
        name: "leak",
        query: "утечка данных",
        variants: &["утечка данных", "утечки данных", "об утечке данных"],
    },
];
const AR_TOPICS: &[Topic] = &[
    Topic {
        lang: "ar",
        name: "face",
        query: "التعرف على الوجه",
        variants: &["التعرف على الوجه", "أنظمة التعرّف على الوجه", "تقنية تعرف الوجه"],
    },
    Topic {
        lang: "ar",
        name: "car",
        query: "سيارة ذاتية القيادة",
        variants: &["السيارات ذاتية القيادة", "سيارة ذاتية القيادة", "سيارات ذاتية القيادة"],
    },
    Topic {
        lang: "ar",
        name: "bias",
        query: "التمييز الخوارزمي",
        variants: &["التمييز الخوارزمي", "تمييز خوارزمي", "والتمييز الخوارزمي"],
    },
];
const ZH_TOPICS: &[Topic] = &[
    Topic {
        lang: "zh", name: "face", query: "人脸识别", variants: &["人脸识别", "人脸识别系统", "人脸识别技术"]
    },
    Topic {
        lang: "zh",
        name: "car",
        query: "自动驾驶汽车",
        variants: &["自动驾驶汽车", "一辆自动驾驶汽车", "自动驾驶的汽车"],
    },
    Topic {
        lang: "zh",
        name: "deepfake",
        query: "深度伪造",
        variants: &["深度伪造", "深度伪造视频", "利用深度伪造技术"],
    },
];

const LANGUAGES: [Language; 6] = [
    Language {
        code: "en",
        topics: EN_TOPICS,
        filler: &[
            "The incident was reported by a local newspaper in the morning.",
            "Regulators opened an investigation into the operator of the service.",
            "The company said it had suspended the product pending a review.",
            "Several people were harmed before the problem was noticed.",
            "Civil society groups called for an independent audit.",
            "Internal documents showed that the risks had been known for months.",
            "The affected users were not informed about the error.",
            "A spokesperson declined to comment on the ongoing case.",
            "Experts warned that similar failures could happen elsewhere.",
            "The provider later published a statement on its website.",
            "Journalists obtained logs showing repeated warnings from staff.",
            "The court ordered the deployment to stop until further notice.",
        ],
        titles: &["Regulators investigate", "Company suspends service after", "Audit finds problems in"],
        queries: &["investigation operator", "independent audit", "court ordered", "internal documents risks"],
        space: " ",
    },
    Language {
        code: "fr",
        topics: FR_TOPICS,
        filler: &[
            "L'incident a été signalé par un journal local dans la matinée.",
            "Les autorités ont ouvert une enquête sur l'opérateur du service.",
            "L'entreprise a déclaré avoir suspendu le produit en attendant un examen.",
            "Plusieurs personnes ont subi un préjudice avant que le problème ne soit remarqué.",
            "Des associations ont demandé un audit indépendant.",
            "Des documents internes montrent que les risques étaient connus depuis des mois.",
            "Les utilisateurs concernés n'ont pas été informés de l'erreur.",
            "Un porte-parole a refusé de commenter l'affaire en cours.",
            "Des experts ont averti que des défaillances similaires pourraient se produire ailleurs.",
            "Le fournisseur a ensuite publié un communiqué sur son site.",
            "Le tribunal a ordonné la suspension du déploiement jusqu'à nouvel ordre.",
        ],
        titles: &["Enquête ouverte après", "L'entreprise suspend son service", "Un audit révèle des problèmes"],
        queries: &["enquête opérateur", "audit indépendant", "tribunal ordonné", "documents internes"],
        space: " ",
    },
    Language {
        code: "es",
        topics: ES_TOPICS,
        filler: &[
            "El incidente fue denunciado por un periódico local por la mañana.",
            "Las autoridades abrieron una investigación sobre el operador del servicio.",
            "La empresa afirmó que había suspendido el producto a la espera de una revisión.",
            "Varias personas sufrieron daños antes de que se detectara el problema.",
            "Organizaciones civiles pidieron una auditoría independiente.",
            "Documentos internos mostraron que los riesgos se conocían desde hacía meses.",
            "Los usuarios afectados no fueron informados del error.",
            "Un portavoz se negó a comentar el caso en curso.",
            "Los expertos advirtieron que fallos similares podrían ocurrir en otros lugares.",
            "El proveedor publicó después un comunicado en su sitio web.",
            "El tribunal ordenó detener el despliegue hasta nuevo aviso.",
        ],
        titles: &["Investigan al operador tras", "La empresa suspende el servicio", "Una auditoría revela fallos"],
        queries: &["investigación operador", "auditoría independiente", "tribunal ordenó", "documentos internos"],
        space: " ",
    },
    Language {
        code: "ru",
        topics: RU_TOPICS,
        filler: &[
            "Об инциденте утром сообщила местная газета.",
            "Регулятор начал проверку оператора сервиса.",
            "Компания заявила, что приостановила продукт до завершения проверки.",
            "Несколько человек пострадали, прежде чем проблему заметили.",
            "Общественные организации потребовали независимого аудита.",
            "Внутренние документы показали, что о рисках знали несколько месяцев.",
            "Пострадавших пользователей не уведомили об ошибке.",
            "Представитель компании отказался комментировать дело.",
            "Эксперты предупредили, что подобные сбои могут произойти и в других местах.",
            "Позднее поставщик опубликовал заявление на своём сайте.",
            "Суд обязал прекратить внедрение до дальнейшего уведомления.",
        ],
        titles: &["Регулятор проверяет оператора", "Компания приостановила сервис", "Аудит выявил нарушения"],
        queries: &["проверка оператора", "независимый аудит", "внутренние документы", "суд обязал"],
        space: " ",
    },
    Language {
        code: "ar",
        topics: AR_TOPICS,
        filler: &[
            "أبلغت صحيفة محلية عن الحادث في الصباح.",
            "فتحت الجهات التنظيمية تحقيقًا مع مشغل الخدمة.",
            "قالت الشركة إنها علّقت المنتج في انتظار المراجعة.",
            "تضرر عدة أشخاص قبل أن تُكتشف المشكلة.",
            "طالبت منظمات المجتمع المدني بتدقيق مستقل.",
            "أظهرت وثائق داخلية أن المخاطر كانت معروفة منذ أشهر.",
            "لم يتم إبلاغ المستخدمين المتضررين بالخطأ.",
            "رفض متحدث باسم الشركة التعليق على القضية.",
            "حذّر خبراء من أن إخفاقات مماثلة قد تحدث في أماكن أخرى.",
            "نشر المزود لاحقًا بيانًا على موقعه الإلكتروني.",
            "أمرت المحكمة بوقف النشر حتى إشعار آخر.",
        ],
        titles: &["تحقيق مع مشغل الخدمة", "الشركة تعلق خدمتها", "تدقيق يكشف مشكلات"],
        queries: &["تحقيق المشغل", "تدقيق مستقل", "وثائق داخلية", "المحكمة"],
        space: " ",
    },
    Language {
        code: "zh",
        topics: ZH_TOPICS,
        filler: &[
            "当地一家报纸于上午报道了这一事件。",
            "监管机构对该服务的运营方展开了调查。",
            "该公司表示已暂停该产品以等待审查。",
            "在问题被发现之前已有多人受到伤害。",
            "民间团体呼吁进行独立审计。",
            "内部文件显示相关风险早在数月前就已为人所知。",
            "受影响的用户并未被告知这一错误。",
            "一名发言人拒绝对正在进行的案件发表评论。",
            "专家警告类似的故障可能在其他地方发生。",
            "供应商随后在其网站上发布了声明。",
            "法院下令在另行通知之前停止部署。",
        ],
        titles: &["监管机构调查运营方", "公司暂停服务", "审计发现问题"],
        queries: &["独立审计", "监管机构调查", "内部文件", "法院下令"],
        space: "",
    },
];

const DOMAINS: [&str; 7] = [
    "1. Discrimination & Toxicity",
    "2. Privacy & Security",
    "3. Misinformation",
    "4. Malicious Actors & Misuse",
    "5. Human-Computer Interaction",
    "6. Socioeconomic & Environmental",
    "7. AI System Safety, Failures & Limitations",
];
const COUNTRIES: [&str; 12] = ["US", "CN", "FR", "ES", "RU", "EG", "SA", "GB", "MX", "AR", "CA", "DE"];
const SEVERITIES: [&str; 3] = ["hazard", "incident", "serious incident"];
/// 2015-01-01 and the span of dates, in seconds.
const EPOCH_2015: i64 = 1_420_070_400;
const TEN_YEARS: u64 = 10 * 365 * 86_400;

/// Organisations that own the non-public reports: `org:0` … `org:{ORGS-1}`.
pub const ORGS: u64 = 100;

/// Every topic of every language.
pub fn topics() -> Vec<Topic> {
    LANGUAGES.iter().flat_map(|l| l.topics.iter().copied()).collect()
}

/// The language codes, in generation order.
pub fn languages() -> [&'static str; 6] {
    LANGUAGES.map(|l| l.code)
}

/// Queries for latency runs in `lang`: the topic queries, then some filler queries.
pub fn queries(lang: &str) -> Vec<&'static str> {
    LANGUAGES
        .iter()
        .filter(|l| l.code == lang)
        .flat_map(|l| l.topics.iter().map(|t| t.query).chain(l.queries.iter().copied()))
        .collect()
}

/// One generated report with its topic (an index into `topics()`), if any.
pub struct Generated {
    pub doc: SearchDoc,
    pub topic: Option<usize>,
}

/// splitmix64: tiny, fast and good enough for picking words.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Report `i` of the corpus `seed`.
pub fn generate(seed: u64, i: u64) -> Generated {
    let mut rng = Rng(seed ^ i.wrapping_mul(0xD6E8_FEB8_6659_FD93));
    rng.next();
    let lang_index = (i % 6) as usize;
    let lang = &LANGUAGES[lang_index];
    // One report in five is about none of the topics.
    let topic = (rng.below(5) != 0).then(|| rng.below(lang.topics.len()));
    let mut sentences: Vec<String> = (0..4 + rng.below(5)).map(|_| (*rng.pick(lang.filler)).to_owned()).collect();
    let title = match topic {
        Some(t) => {
            let phrase = *rng.pick(lang.topics[t].variants);
            let at = rng.below(sentences.len() + 1);
            sentences.insert(at, sentence(lang.code, phrase, &mut rng));
            let variant = *rng.pick(lang.topics[t].variants);
            format!("{}{}{}", rng.pick(lang.titles), lang.space, variant)
        }
        None => (*rng.pick(lang.titles)).to_owned(),
    };
    let body = sentences.join(lang.space);
    let topic_index = topic.map(|t| LANGUAGES[..lang_index].iter().map(|l| l.topics.len()).sum::<usize>() + t);
    let topic_value = topic.map_or_else(|| "none".to_owned(), |t| lang.topics[t].facet_value());
    let mut access = Vec::new();
    if rng.below(2) == 0 {
        access.push("public".to_owned());
    } else {
        access.push(format!("org:{}", rng.below(ORGS as usize)));
    }
    if rng.below(10) == 0 {
        access.push("members".to_owned());
    }
    let date = EPOCH_2015 + (rng.next() % TEN_YEARS) as i64;
    let year = 2015 + (date - EPOCH_2015) / (365 * 86_400);
    let doc = SearchDoc {
        id: format!("report:{i}"),
        kind: if i.is_multiple_of(4) { DocKind::Incident } else { DocKind::Report },
        incident: format!("incident:{}", i / 4),
        // Four in five reports declare their language; the rest are detected.
        lang: (rng.below(5) != 0).then(|| lang.code.to_owned()),
        title,
        body,
        access,
        facets: vec![
            ("domain".into(), (*rng.pick(&DOMAINS)).into()),
            ("country".into(), (*rng.pick(&COUNTRIES)).into()),
            ("year".into(), year.to_string()),
            ("severity".into(), (*rng.pick(&SEVERITIES)).into()),
            ("source".into(), "synthetic".into()),
            ("topic".into(), topic_value),
        ],
        date: Some(date),
    };
    Generated { doc, topic: topic_index }
}

/// A sentence around a topic phrase, in the report's language.
fn sentence(lang: &str, phrase: &str, rng: &mut Rng) -> String {
    let frames: &[(&str, &str)] = match lang {
        "en" => &[("The complaint concerns ", "."), ("Reports describe problems with ", " in public places.")],
        "fr" => &[("La plainte concerne ", "."), ("Des rapports décrivent des problèmes liés à ", ".")],
        "es" => &[("La denuncia se refiere a ", "."), ("Los informes describen problemas con ", ".")],
        "ru" => &[("Жалоба касается темы: ", "."), ("В отчётах описаны проблемы, тема: ", ".")],
        "ar" => &[("تتعلق الشكوى بـ ", "."), ("تصف التقارير مشكلات تخص ", ".")],
        _ => &[("投诉涉及", "。"), ("报告描述了与", "有关的问题。")],
    };
    let (before, after) = rng.pick(frames);
    format!("{before}{phrase}{after}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_spread_over_languages() {
        let a = generate(7, 12_345);
        let b = generate(7, 12_345);
        assert_eq!(a.doc, b.doc);
        assert_eq!(a.topic, b.topic);
        assert_ne!(generate(8, 12_345).doc, a.doc);
        let langs: std::collections::BTreeSet<String> = (0..60)
            .map(|i| generate(1, i).doc.facets.iter().find(|(n, _)| n == "topic").map(|(_, v)| v.clone()))
            .filter_map(|v| v.and_then(|v| v.split(':').next().map(str::to_owned)))
            .filter(|l| l != "none")
            .collect();
        assert_eq!(langs.len(), 6);
    }

    #[test]
    fn topic_facet_matches_topic() {
        let all = topics();
        for i in 0..200 {
            let g = generate(3, i);
            let value = g.doc.facets.iter().find(|(n, _)| n == "topic").map(|(_, v)| v.clone());
            assert_eq!(value, Some(g.topic.map_or("none".to_owned(), |t| all[t].facet_value())));
            if let Some(t) = g.topic {
                let text = format!("{} {}", g.doc.title, g.doc.body);
                assert!(all[t].variants.iter().any(|v| text.contains(v)), "{text}");
            }
        }
    }
}
