// Test articles for readArticle and matchArticle, written for these tests in our own words (no sentence is copied
// from a published article). Each names the incident of the record it reports, and the event date it gives, or
// null for an article about nothing in the record.

export interface TestArticle {
  name: string;
  text: string;
  published?: string;
  /** The incident it reports, or null for an article about nothing in the record. */
  incident: string | null;
  /** The event date the text gives (resolved), or null where the text names no day. */
  date: string | null;
}

/** The README's /article example: a report that names only the day of a statement, two days after the shooting. */
export const README_EXAMPLE: TestArticle = {
  name: "Tegh, README example: only the day of a statement ('on Thursday'), published two days later",
  published: "2023-04-13",
  incident: "2023-04-11-tegh",
  date: null,
  text: `Baku reports three soldiers killed near Digh

Azerbaijan's defence ministry said on Thursday that three of its servicemen had been killed in the shooting near the
village of Digh, in Syunik, and blamed Armenian units for opening fire first.`,
};

export const ARTICLES: TestArticle[] = [
  {
    name: "Tegh, English, Azerbaijani spelling Digh, 'on Tuesday'",
    published: "2023-04-13",
    incident: "2023-04-11-tegh",
    date: "2023-04-11",
    text: `Baku and Yerevan trade blame after deadly border clash

The shooting near the village of Digh on Tuesday has become the deadliest exchange between the two armies this spring.
Azerbaijan's defence ministry said three of its servicemen died in the firefight, which it blamed on Armenian units
stationed in Syunik. The defence ministry in Yerevan gave its own figure on Wednesday: four Armenian soldiers were killed
and six wounded, it said, while its troops were carrying out engineering work on the road.`,
  },
  {
    name: "Tegh, Russian, 'во вторник'",
    published: "2023-04-12",
    incident: "2023-04-11-tegh",
    date: "2023-04-11",
    text: `Минобороны Армении сообщило, что во вторник азербайджанские военные открыли огонь по армянским позициям у села Тех в Сюникской области.
По данным ведомства, погибли четверо военнослужащих, ещё шесть человек ранены.
Минобороны Азербайджана заявило о гибели трёх своих военнослужащих и обвинило армянскую сторону в провокации.`,
  },
  {
    name: "Sotk, Azerbaijani name Zod, date line after the event",
    text: `2023-09-02 Azerbaijan says three soldiers hurt in clashes near Zod

Azerbaijan's defence ministry said on Friday that Armenian forces in the Zod direction had fired mortars and flown
attack drones at its positions in the Kelbajar district, wounding three Azerbaijani servicemen. Yerevan said four of its
soldiers died near Sotk and Norabak on Friday and one more was hurt.`,
    incident: "2023-09-01-sotk",
    date: "2023-09-01",
  },
  {
    name: "Sotk, Russian, 'в ночь на пятницу'",
    published: "2023-09-02",
    incident: "2023-09-01-sotk",
    date: "2023-09-01",
    text: `В ночь на пятницу и утром обстановка у сёл Сотк и Норабак Гегаркуникской области резко обострилась.
Министерство обороны Армении сообщило, что погибли четыре военнослужащих, один ранен.
В Баку заявили, что трое азербайджанских военнослужащих получили ранения в Кельбаджарском районе.`,
  },
  {
    name: "Nerkin Hand, numbers in words, 'early on Tuesday'",
    published: "2024-02-14",
    incident: "2024-02-13-nerkin-hand",
    date: "2024-02-13",
    text: `Four Armenian soldiers killed at the border

Armenia's defence ministry said early on Tuesday that Azerbaijani fire had hit an Armenian position near the village
of Nerkin Hand in the Syunik region. It first spoke of two dead, then said four servicemen were killed and one was wounded.
Azerbaijan's border service described the operation as retaliation for an earlier provocation.`,
  },
  {
    name: "Ganja missile strike of 17 October 2020, explicit date",
    incident: "2020-10-17-ganja",
    date: "2020-10-17",
    published: "2020-10-18",
    text: `Rescuers dig through rubble in Ganja

A missile struck a residential block in Ganja, Azerbaijan's second city, before dawn on 17 October 2020. The prosecutor
general's office said twelve civilians were killed and forty were wounded. Officials in Stepanakert denied that their forces
had targeted the city.`,
  },
  {
    name: "Ganja, Russian spelling Гянджа, 'в субботу'",
    published: "2020-10-18",
    incident: "2020-10-17-ganja",
    date: "2020-10-17",
    text: `В субботу ракетный удар пришёлся по жилому кварталу Гянджи.
Генеральная прокуратура Азербайджана сообщила, что погибли 12 мирных жителей, 40 человек ранены.`,
  },
  {
    name: "Stepanakert fuel depot, Azerbaijani name Khankendi",
    published: "2023-09-26",
    incident: "2023-09-25-stepanakert",
    date: "2023-09-25",
    text: `Fuel depot blast near Khankendi

A fuel storage site outside Khankendi exploded on Monday evening as residents queued for petrol before leaving for
Armenia. The local authorities said twenty people had died and about 290 were injured, many with severe burns.`,
  },
  {
    name: "Verin Shorzha capture of six soldiers, 'on Thursday'",
    published: "2021-05-28",
    incident: "2021-05-27-verin-shorzha",
    date: "2021-05-27",
    text: `Six Armenian soldiers detained near the border

Azerbaijani troops surrounded and detained six Armenian servicemen on Thursday near Verin Shorzha in Gegharkunik, the
Armenian defence ministry said. Six soldiers were captured while doing engineering work, it said. Baku said the group had
crossed into its territory and had been disarmed.`,
  },
  {
    name: "Saribaba, Azerbaijani spelling, 'on Wednesday'",
    published: "2022-08-04",
    incident: "2022-08-03-saribaba",
    date: "2022-08-03",
    text: `Fighting flares in Karabakh

Azerbaijan said on Wednesday it had taken a height near Saribaba in the Lachin district after one of its soldiers was
killed by fire from Armenian formations. The Karabakh army said two of its soldiers were killed and fourteen wounded.`,
  },
  {
    name: "Ganja shelling of 4 October 2020, 'on Sunday'",
    published: "2020-10-05",
    incident: "2020-10-04-ganja",
    date: "2020-10-04",
    text: `Shells hit Ganja on Sunday, Azerbaijan's foreign ministry said, killing one civilian and wounding four people in the
city centre. Armenian officials said the strikes were aimed at a military airfield.`,
  },
  {
    name: "Yeraskh, 'yesterday', English",
    published: "2021-07-15",
    incident: "2021-07-14-yeraskh",
    date: "2021-07-14",
    text: `An Armenian soldier was killed yesterday near Yeraskh, on the border with Nakhchivan, Armenia's defence ministry said.
One Armenian serviceman was killed by sniper fire, it said. Azerbaijan's defence ministry said one of its soldiers was wounded near Sadarak.`,
  },
  {
    name: "Verin Shorzha, 28 July 2021, three killed and four wounded",
    published: "2021-07-29",
    incident: "2021-07-28-verin-shorzha",
    date: "2021-07-28",
    text: `Three Armenian servicemen were killed and four wounded on Wednesday when Azerbaijani forces attacked positions near Verin
Shorzha in Gegharkunik, the defence ministry in Yerevan said. Azerbaijan's defence ministry said two of its soldiers were
wounded and blamed Armenian forces for the shooting.`,
  },
  {
    name: "Parukh (Farrukh), March 2022, drones",
    published: "2022-03-26",
    incident: "2022-03-24-parukh",
    date: "2022-03-25",
    text: `Azerbaijani troops entered the village of Farrukh in Karabakh, which Armenians call Parukh. On Friday Bayraktar drones
struck positions near the village, and the Karabakh defence army said three of its soldiers were killed and fourteen wounded.`,
  },
  {
    name: "Nakhchivan border guard, 2019 Tavush, one wounded, explicit Russian date",
    incident: "2019-04-30-tavush-province",
    date: "2019-04-30",
    text: `30 апреля 2019 года на границе в Тавушской области армянский военнослужащий получил ранение в результате обстрела, сообщило Минобороны Армении.`,
  },
  {
    name: "Alkhanli, July 2017, explicit English date",
    incident: "2017-07-04-alkhanli",
    date: "2017-07-04",
    text: `On July 4, 2017 shells fell on the village of Alkhanli in the Fuzuli district. A woman and her infant granddaughter were
killed and another woman was wounded, Azerbaijan's defence ministry said: two civilians killed and one wounded, according to
the ministry.`,
  },
  {
    name: "Mine, Sirkhavand, 2024",
    published: "2024-05-29",
    incident: "2024-05-28-sirkhavand",
    date: "2024-05-28",
    text: `A resident of Sirkhavand in the Aghdara district was wounded on Tuesday when an anti-personnel mine went off, the mine action agency said.
One civilian was wounded, according to prosecutors.`,
  },
  {
    name: "Hasangaya, April 2016, Russian",
    published: "2016-04-03",
    incident: "2016-04-02-hasangaya",
    date: "2016-04-02",
    text: `В субботу в результате обстрела села Гасангая Тертерского района погиб мирный житель, сообщили власти Азербайджана.
Обстрел продолжался весь день.`,
  },
  {
    name: "Jermuk, Russian Джермук, 13 September 2022",
    published: "2022-09-14",
    incident: "2022-09-13-jermuk",
    date: "2022-09-13",
    text: `В ночь на вторник азербайджанские войска обстреляли окрестности Джермука, Гориса и Капана, сообщили в Ереване.
Удары наносились артиллерией и беспилотниками по нескольким направлениям.`,
  },
  {
    name: "Martakert drone strike of 4 April 2016 (Aghdara)",
    published: "2016-04-05",
    incident: "2016-04-04-martakert",
    date: "2016-04-04",
    text: `A drone struck a bus carrying Karabakh volunteers near Martakert on Monday, Armenia's defence ministry said.
Five of them were killed, it said.`,
  },
  {
    name: "Tovuz, July 2020, 'since Sunday'",
    published: "2020-07-14",
    incident: "2020-07-13-tavush-tovuz-border",
    date: "2020-07-14",
    text: `Fighting on the border between Armenia's Tavush province and Azerbaijan's Tovuz district, which began on Sunday, went on
overnight into Tuesday. Azerbaijan's defence ministry said seven of its servicemen were killed on Tuesday, among them a
general. Armenia's defence ministry said two of its soldiers had been killed near Berd.`,
  },
  // Articles about nothing in the record.
  {
    name: "unrelated: peace talks, no violence",
    published: "2024-04-19",
    incident: null,
    date: null,
    text: `Armenian and Azerbaijani officials met in Almaty on Friday to discuss the text of a peace treaty and the demarcation of
the border near Tavush. Both delegations called the talks constructive and agreed to meet again next month.`,
  },
  {
    name: "unrelated: a car crash in Yerevan",
    published: "2022-06-10",
    incident: null,
    date: null,
    text: `Two people were killed and three injured on Thursday when a lorry hit a minibus on a motorway outside Yerevan, the
police said. The driver of the lorry has been detained.`,
  },
  {
    name: "unrelated: an earthquake in Azerbaijan",
    published: "2019-02-06",
    incident: null,
    date: null,
    text: `An earthquake of magnitude 5 shook the Shamakhi region of Azerbaijan on Tuesday. Several houses were damaged and five
residents were slightly injured, the emergencies ministry said.`,
  },
  {
    name: "unrelated: a border shooting in 2026, after the record",
    published: "2026-03-04",
    incident: null,
    date: null,
    text: `A shepherd was wounded by gunfire near the village of Sotk on Tuesday, local officials said, though neither army
confirmed any shooting. One civilian was wounded, the village head said.`,
  },
  // Written to replace articles the tests once read from outside the repository: the same incidents and what
  // made them hard (a date line months after the events, a relative day, figures from both sides).
  {
    name: "Tegh (Tekh), 'this afternoon', near the Lachin corridor",
    published: "2023-04-11",
    incident: "2023-04-11-tegh",
    date: "2023-04-11",
    text: `Soldiers killed in exchange of fire near the Lachin corridor

The defence ministries in Yerevan and Baku each said this afternoon that soldiers of their own army had been killed in
a firefight near the village of Tekh in Armenia's Syunik province. Yerevan said Azerbaijani units opened fire on Armenian
soldiers who were doing engineering work; Baku said Armenian troops fired first. Neither side gave a figure at first.`,
  },
  {
    name: "Sotk and Norabak, republished: the date line is not the day of the events, which the text does not name",
    incident: "2023-09-01-sotk",
    date: null,
    text: `date 2023-11-15 Both sides give casualty figures after shelling on the border

Armenia's defence ministry says four of its servicemen were killed and one was wounded when shells and drones hit
positions close to the villages of Sotk and Norabak. Azerbaijan's defence ministry says Armenian drones struck its
positions in the Kalbajar district and that three Azerbaijani servicemen were wounded. Neither account could be
checked by independent observers.`,
  },
  {
    name: "Eastern border, November 2021, date line the day after, 'on Tuesday'",
    incident: "2021-11-16-mount-kilisali",
    date: "2021-11-16",
    text: `date 2021-11-17 The heaviest fighting on the border since last year's war

Azerbaijan's defence ministry said seven of its soldiers died and ten were wounded in fighting with Armenian troops along
the border on Tuesday. Armenian officials reported one soldier dead, thirteen taken prisoner and twenty-four missing. Each
side said the other attacked first. The guns fell silent on Tuesday evening after Moscow called both defence ministers.`,
  },
  {
    name: "Tavush and Tovuz, July 2020, a general among the dead, 'on Tuesday'",
    published: "2020-07-14",
    incident: "2020-07-13-tavush-tovuz-border",
    date: "2020-07-14",
    text: `Border fighting between Armenia and Azerbaijan grows worse

Azerbaijan said on Tuesday that seven more of its servicemen, a general among them, were killed in fighting on the border
between Armenia's Tavush region and its own Tovuz district, and that shelling killed a civilian. Armenia said it had lost
two servicemen. The fighting began two days earlier.`,
  },
  {
    name: "Martuni and Martakert, June 2023, 'early on June 28'",
    published: "2023-06-28",
    incident: "2023-06-28-martuni-martakert",
    date: "2023-06-28",
    text: `Four Karabakh soldiers reported killed as talks open in Washington

The Armenian authorities of Nagorno-Karabakh said four of their soldiers were killed by Azerbaijani fire early on June 28
in the Martuni and Martakert areas. Azerbaijan's defence ministry said its positions had come under fire from the region and
that one of its soldiers was wounded; it did not address the report of four dead.`,
  },
  README_EXAMPLE,
];
