"""Content of the 令和7年度行政評価 施策評価票, 政策分野37 交流・移住 (Aizuwakamatsu).

Typed from ``/work/shared/seeds/aizuwakamatsu_policy_evaluation_r7_area37.txt``, a
text extraction of the real sheet: numbers and vocabulary are the real ones, long
prose has been shortened and OCR garbage cleaned. Every place where the seed's
figure was garbled and a reading had to be chosen carries a ``# seed:`` comment.

This module is pure data. Both renderers (reportlab, LibreOffice Calc) print from it
so the two sample PDFs say the same thing in two different layouts. Printed strings
are kept as the sheet prints them (``2, 290`` with a stray space, dashes as ``－``);
rendering-specific quirks (Kangxi look-alikes, full-width digits) are added by the
renderers, not here.
"""

from __future__ import annotations

from dataclasses import dataclass

DASH = "－"  # U+FF0D: how the sheet prints "no value" in KPI and budget cells
OUTCOME_DASH = "—"  # U+2014: the 成果を示す根拠の推移 table uses an em dash instead


@dataclass(frozen=True)
class Node:
    """One outline node printed in the header (政策目標 / 政策 / 政策分野)."""

    label: str
    number: str
    title: str


@dataclass(frozen=True)
class Header:
    """The sheet's title block."""

    title: str
    department: str
    policy_goal: Node
    policy: Node
    policy_area: Node
    vision: str


@dataclass(frozen=True)
class Measure:
    """A 施策 row of the 施策 table, with its SDGs goals and evaluation text."""

    number: int
    title: str
    content: str
    sdg_goals: tuple[str, ...]
    progress: str
    issues: str


@dataclass(frozen=True)
class KpiYear:
    """One year column of a KPI block: printed labels and the three printed cells."""

    label: str  # reportlab rendering: R5
    label_calc: str  # calc rendering: 令和５年度
    target: str
    actual: str
    rate: str


@dataclass(frozen=True)
class Kpi:
    """One 重要業績評価指標 block (name row, year header, 目標/実績/達成率, 検証)."""

    number: int
    name: str
    unit: str
    formula: str
    years: tuple[KpiYear, ...]
    review: str


@dataclass(frozen=True)
class Budget:
    """財務内容 in 千円 as printed: (令和7年度(予算), 令和8年度(見込み)) per item."""

    project_cost: tuple[str, str]
    general_fund: tuple[str, str]
    personnel: tuple[str, str]

    def items(self) -> tuple[tuple[str, tuple[str, str]], ...]:
        """Rows of the 財務内容 sub-table in print order."""
        return (
            ("事業費", self.project_cost),
            ("所要一般財源", self.general_fund),
            ("概算人件費", self.personnel),
        )


@dataclass(frozen=True)
class BusinessUnit:
    """One 事務事業: its 事務事業一覧 row and its card."""

    measure_no: int
    unit_no: int
    name: str
    department: str
    next_year_policy: str
    priority_mark: str  # first mark column, printed 重点事業
    major_mark: str  # second mark column, printed 主要事業
    population_goal: str
    sdg_target: str
    legal_basis: str
    summary: str
    budget: Budget
    progress: str
    issues: str


@dataclass(frozen=True)
class LogicRow:
    """One row of the ロジックモデル block (最終成果 is shared by all rows)."""

    names: str
    results: str
    short_term: str
    mid_term: str


@dataclass(frozen=True)
class OutcomeRow:
    """One row of 成果を示す根拠の推移（中期成果）: (year label, 計画, 実績) triples."""

    subject: str
    item: str
    cells: tuple[tuple[str, str, str], ...]


HEADER = Header(
    title="令和7年度行政評価 施策評価票",
    department="総務部・総務課",
    policy_goal=Node("政策目標", "5", "豊かで魅力ある地域づくり"),
    policy=Node("政策", "9", "ひとの力を活かした地域活力の創造・再生"),
    policy_area=Node("政策分野", "37", "交流・移住"),
    vision="相互理解と平和意識が醸成され、人や文化、経済の交流により、新しい価値が生まれ続けるまち",
)

SDG_NAMES = {
    "4": "質の高い教育をみんなに",
    "8": "働きがいも経済成長も",
    "10": "人や国の不平等をなくそう",
    "11": "住み続けられるまちづくりを",
    "16": "平和と公正をすべての人に",
}

MEASURES = (
    Measure(
        number=1,
        title="交流の促進",
        # seed: the 施策の内容 cell was extracted column-interleaved; re-joined here.
        content=(
            "国内外の姉妹都市や本市ゆかりの自治体等との交流を促進し、相互の理解と友好を深め、"
            "市民団体や企業、次世代を担うこども等の人的、経済的、文化的交流を促進し、"
            "互いの地域の活性化につなげていきます。また、被爆地などとの交流を通して、"
            "核兵器の廃絶と平和意識の醸成を図ります。"
        ),
        sdg_goals=("4", "8", "11", "16"),
        progress=(
            "【1】姉妹都市・親善交流都市等交流事業\n"
            "毎年、会津まつりへ交流都市の首長・議長を招待するとともに、むつ市との2年毎の相互訪問"
            "事業などを行ってきた。令和7年度は余市町と親善交流都市締結10周年、横須賀市と友好都市"
            "締結20周年の節目であり、訪問団を迎え記念調印式などの記念事業を行った。\n"
            "【2】核兵器廃絶平和都市宣言事業\n"
            "市内中学生による被爆地訪問について、令和4年度以降、広島と長崎を交互に訪問した。"
            "被爆体験講話は、令和5年度から被爆体験伝承者を広島から招いて開催している。\n"
            "【3】磐越自動車道沿線都市交流会議負担金\n"
            "公式ホームページによる情報発信やサービスエリアでの魅力発信イベントの開催等に取り組んだ。\n"
            "【4】福島空港利用促進協議会負担金\n"
            "広報活動等による福島空港の利用促進に取り組んだ。\n"
            "【5】多文化共生理解の促進と在住外国人の生活支援\n"
            "国際理解に関する各種イベントや、日本語学習支援や相談窓口機能を担う国際交流協会への"
            "負担金支出を通して支援に取り組んだ。\n"
            "【6】国際的な感覚・視野をもった人材の育成\n"
            "中学生を対象とした「あいづ未来人財育成塾」、高校生を対象とした"
            "「グローバル人材育成事業」に取り組んだ。\n"
            "【7】海外友好都市との交流\n"
            "中国湖北省荊州市と青少年書画交換交流を実施した。"
        ),
        issues=(
            "【1】姉妹都市・親善交流都市等交流事業\n"
            "交流情報を庁内で共有化し、新たな分野での交流や地域の活性化により効果的につながる"
            "交流の仕組みづくりを検討する。令和8年度は、むつ市との相互訪問の年であり、本市が"
            "むつ市へ訪問し、交流の推進を図る。\n"
            "【2】核兵器廃絶平和都市宣言事業\n"
            "原爆投下から80年が経過し、若い世代への継承が課題となっている。中学生の被爆地訪問は、"
            "生徒の負担や式典の参列人数の制限を踏まえ、交互訪問の見直しについて検討していく。\n"
            "【3】【4】負担金事業\n"
            "引き続き、各協議会を通じて関係自治体や関係団体と連携し、地域の魅力向上と利用促進に"
            "取り組んでいく。\n"
            "【5】【6】【7】国際交流\n"
            "国際交流協会の運営の安定化に努めるとともに、グローバル人材育成事業は協会への移管に"
            "向けた協議・検討を進める。未来人財育成塾は、令和7年度で事業を終了する。"
        ),
    ),
    Measure(
        number=2,
        title="定住・二地域居住の推進",
        content=(
            "若年層に重点を置きながら幅広い年齢層に向けて、積極的・効果的に本市での暮らしに"
            "関する情報を発信します。また、各種相談に対応しながら、交流体験や受入体制の充実を"
            "図ります。"
        ),
        sdg_goals=("10", "11"),
        # seed: the milestone list repeats and degrades into garbage after 令和7年度;
        # the repeated and unreadable items are dropped.
        progress=(
            "【1】取り組みの経過\n"
            "・平成19年度:市定住・二地域居住推進協議会を設立。ホームページを開設。\n"
            "・平成22年度:空き家バンク開設\n"
            "・平成23年度:移住者ネットワーク「愛友あいづネット」設立\n"
            "・令和5年度:若年層への経済的支援の開始及びUターン等促進キャンペーンの実施\n"
            "・令和7年度:「市UIJターン等移住給付金」を開始し、会津コインによる給付を実施"
        ),
        issues=(
            "・本市の人口は、特に若年層の流出等により減少が続いている。一方、首都圏在住の"
            "20~40代の現役世代では、地方移住の動きが活発化している。\n"
            "・ハローワークなどの関係団体との連携による就労支援への取組を強化し、現役世代に"
            "ターゲットを絞り情報提供を行う。\n"
            "・Uターンや孫ターンの若年層をターゲットとした移住支援策の効果を検証しながら、"
            "さらなる移住促進を図っていく。"
        ),
    ),
)


def _years(
    targets: tuple[str, str, str, str],
    actuals: tuple[str, str, str, str],
    rates: tuple[str, str, str, str],
) -> tuple[KpiYear, ...]:
    """Zip four printed columns R5–R8 with both renderings' year labels."""
    labels = (
        ("R5", "令和５年度"),
        ("R6", "令和６年度"),
        ("R7", "令和７年度"),
        ("R8", "令和８年度"),
    )
    return tuple(
        KpiYear(short, long, t, a, r)
        for (short, long), t, a, r in zip(labels, targets, actuals, rates, strict=True)
    )


KPIS = (
    Kpi(
        number=1,
        name="国際交流協会活動参加人数",
        unit="人",
        formula="参加人数",
        years=_years(
            ("4,000", "4,000", "4,000", "4,000"),
            ("2, 290", "2,481", DASH, DASH),  # seed: stray space after the comma is printed
            ("57.3%", "62.0%", DASH, DASH),
        ),
        review=(
            "目標達成には至らなかったが、国際理解講座や英会話サークル等の開催、在住外国人への"
            "生活支援などを実施し、本市の国際交流の促進に寄与した。"
        ),
    ),
    Kpi(
        number=2,
        name="ゆかりの自治体との交流事業数",
        unit="件",
        formula="交流事業の件数",  # seed: the cell is empty; a plausible description is printed
        years=_years(
            ("57", "58", "59", "60"),
            ("61", "63", DASH, DASH),
            ("107%", "108%", DASH, DASH),
        ),
        review=(
            "各部局における交流の状況や各種交流情報を庁内で共有化することなどにより、"
            "観光商工・農政・教育・文化等の幅広い交流が行われた。"
        ),
    ),
    Kpi(
        number=3,
        name="移住相談件数(年間)",
        unit="件",
        formula="移住に関する相談件数",
        years=_years(
            # seed: R8 目標 reads 240 although the 成果 table plans 510 for R8; 240 is a
            # clean read (no OCR noise around it), so it is printed as the seed has it.
            ("400", "450", "500", "240"),
            ("363", "323", DASH, DASH),
            ("90.8%", "71.8%", DASH, DASH),
        ),
        review=(
            "実績は前年度を下回ったものの、首都圏での相談会の開催等、積極的な情報発信により、"
            "堅調に推移している。"
        ),
    ),
    Kpi(
        number=4,
        name="移住実践者数(累計)",  # seed: OCR "移住実践者 後 (累計)"
        unit="世帯",
        formula="市への移住実践世帯の累計(二地域居住を含む)",
        years=_years(
            ("179", "194", "209", "224"),
            ("220", "254", DASH, DASH),
            ("122.9%", "130.9%", DASH, DASH),
        ),
        review="移住支援制度の拡充など、各種移住施策を実施した結果、目標を大幅に上回った。",
    ),
)

RELATED_AREAS_NOTE = "該当なし"

MIDTERM_RESULTS = (
    (
        "【施策1 交流の促進】",
        "・姉妹都市むつ市や親善交流都市伊那市との節目の年の記念事業に取り組み、学生交流に"
        "つなげることができた。また、令和4年には福岡県みやこ町との盟約締結を行い交流の拡大を"
        "図った。\n"
        "・市内中学校等における被爆体験伝承講話に引き続き取り組み、令和4年から長崎と広島の"
        "交互訪問を行い、若い世代への継承を行ってきた。",
    ),
    (
        "【施策2 定住・二地域居住の推進】",
        "・令和5年度以降はUターンや孫ターンの若年層をターゲットとした各種移住支援策の拡充や、"
        "キャンペーンなどの取組を強化した結果、移住相談件数及び移住実践件数は目標を上回る成果を"
        "上げることができた。",
    ),
)

MIDTERM_ISSUES = (
    (
        "【施策1 交流の促進】",
        "・ゆかりの地等との交流を深めながら、今後もより一層様々な分野における相互効果につながる"
        "取組を行っていく必要がある。\n"
        "・国際社会や異文化への関心・理解を深めるプログラムを、参加者の興味・関心を捉えながら"
        "実施していく。",
    ),
    (
        "【施策2 定住・二地域居住の推進】",
        "・二地域居住者や関係人口対象者の人数を把握し、拡大に繋げるための施策の構築が課題と"
        "なっており、専門員(会計年度任用職員等)の配置についても検討が必要である。",
    ),
)

FINAL_EVALUATION = (
    "政策分野37「交流・移住」の推進にあたっては、交流事業として、むつ市との相互訪問事業を"
    "はじめ、姉妹都市・親善交流都市等との交流を推進していく。また、定住・二地域居住の推進に"
    "ついては、各種移住支援策を効率的・効果的に展開し、本市への移住及び居住を促すとともに、"
    "引き続き、情報発信の強化に努め、より利用しやすい移住支援制度となるよう取り組んでいく。"
)

LIST_FOOTNOTE = (
    "※人口減少対策に資する事業として、「第3期 会津若松市まち・ひと・しごと創生総合戦略」の"
    "4つの基本目標に位置付けた取組を記載しています。"
)

BASIC_GOALS = (
    ("基本目標1", "既存産業・資源を活用した魅力的なしごとづくり"),
    ("基本目標2", "地域の個性を活かした新たな人の流れの創出"),
    ("基本目標3", "生活の利便性を実感できる安全・安心なまちづくり"),
    ("基本目標4", "結婚・出産・子育て支援と教育環境の整備"),
)

_SOUMU = "総務部・総務課"
_KIKAKU = "企画政策部・企画調整課"
_CITYPRO = "企画政策部・シティプロモーション課"
_MARK = "◎"  # seed: marks extracted as ◎ / ○ / 0 are all the same glyph ◎

BUSINESS_UNITS = (
    BusinessUnit(
        measure_no=1,
        unit_no=1,
        name="姉妹都市・親善交流都市等交流事業",
        department=_SOUMU,
        next_year_policy="継続",
        priority_mark="",
        major_mark="",
        population_goal="基本目標2",
        sdg_target="8.9",
        legal_basis="自主",
        # seed: the last clause reads "の再刻強な効用的に促す" (OCR garbage); rewritten.
        summary=(
            "本市と各都市を結ぶ共通の歴史や人物の情報を発信しながら、都市間交流の窓口として"
            "民間交流を支援し、その活性化を図る。また、節目の年には記念事業を実施し、交流を"
            "効果的に促す。"
        ),
        # seed: columns interleaved as "事業費 601 601 1,186 / 所要一般財源 概算人件費 3,691
        # 1,186 2,704"; read as 601→1,186, 601→1,186, 3,691→2,704.
        budget=Budget(("601", "1,186"), ("601", "1,186"), ("3,691", "2,704")),
        progress=(
            "毎年、会津まつりへ交流都市の首長・議長を招待するとともに、むつ市との2年毎の相互"
            "訪問事業を行ってきた。令和7年度は余市町と親善交流都市締結10周年、横須賀市と友好"
            "都市締結20周年の節目であり、訪問団を迎え記念事業を行った。さらに令和7年7月に、"
            "会津まつり参加自治体のうち12市町間で災害時相互支援協定を締結した。"
        ),
        issues=(
            "ゆかりの地等との交流を深めながら歴史の再認識や次世代への伝承を行い、地域の活性化に"
            "繋げてきた。交流情報を庁内で共有化し、新たな分野での交流の仕組みづくりを検討する。"
            "令和8年度は相互訪問事業の年であり、むつ市を訪問し交流の推進を図る。"
        ),
    ),
    BusinessUnit(
        measure_no=1,
        unit_no=2,
        name="姉妹都市むつ市との交流事業",
        department="議会事務局",
        next_year_policy="継続",
        priority_mark="",
        major_mark="",
        population_goal="",
        sdg_target="8.9",
        legal_basis="自主",
        summary="本市と姉妹都市であるむつ市との交流を深め、相互の市勢発展を図る。",
        budget=Budget(("0", "2,216"), ("0", "2,216"), ("0", "464")),
        progress=(
            "姉妹都市として、2年おきに両市議会の相互訪問を行うことにより、両市の相互理解に"
            "基づく交流の発展につなげてきた。"
        ),
        issues=(
            "姉妹都市交流の推進は、相互の理解促進と市勢の発展に寄与するものであり、観光、物産面"
            "での経済効果も期待できることから、本事業を継続して実施する。なお、令和8年度は"
            "むつ市との相互訪問事業の年であり、交流の推進を図っていく。"
        ),
    ),
    BusinessUnit(
        measure_no=1,
        unit_no=3,
        name="磐越自動車道沿線都市交流会議負担金",
        department=_KIKAKU,
        next_year_policy="継続",
        priority_mark="",
        major_mark="",
        population_goal="基本目標2",
        sdg_target="11.2",
        legal_basis="自主",
        # seed: the first line of the cell was lost; the subject is reconstructed.
        summary=(
            "磐越自動車道沿線の自治体及び関係団体等で構成する当該協議会に負担金を支出し、"
            "各種交流イベントやホームページ運営等を通じて沿線地域の都市間連携・交流促進を図る。"
        ),
        budget=Budget(("50", "50"), ("50", "50"), ("93", "93")),
        progress=(
            "【1】取組経過等\n"
            "H19年度:磐越道全線開通10周年記念フォーラム開催\n"
            "H23~25年度:復興支援イベント開催\n"
            "H26年度~:沿線魅力発信イベント開催\n"
            "H29年度:磐越道全線開通20周年記念イベント開催"
        ),
        issues=(
            "磐越自動車道は都市間連携・交流において大きな役割を担うとともに、災害時の輸送ルート"
            "としても重要度が高まっている。引き続き、沿線都市間の連携を図り、地域の魅力向上と"
            "相互の振興を図っていく。令和9年度は本市が事務局の予定。"
        ),
    ),
    BusinessUnit(
        measure_no=1,
        unit_no=4,
        name="福島空港利用促進協議会負担金",
        department=_KIKAKU,
        next_year_policy="継続",
        priority_mark="",
        major_mark="",
        population_goal="基本目標2",
        sdg_target="11.2",
        legal_basis="自主",
        summary=(
            "県内自治体及び関係団体で構成する福島空港利用促進協議会に負担金を支出し、"
            "福島空港の利用促進のためのPR活動等に貢献する。"
        ),
        budget=Budget(("77", "77"), ("77", "77"), ("93", "93")),
        progress=(
            "【1】取組経過等\n"
            "H21年度:177千円(リムジンバス運行に係る特別負担金100千円を加算)\n"
            "H23年度~:0千円(東日本大震災に伴い負担金請求を中止)\n"
            "H25年度~:77千円"
        ),
        issues=(
            "令和5年1月にベトナムからのチャーター便が運航再開され、令和6年1月から台湾チャーター"
            "便も運航されている。今後も県空港交流課を中心に、県内自治体や関係団体と連携しながら、"
            "引き続き利用促進に取り組んでいく。"
        ),
    ),
    BusinessUnit(
        measure_no=1,
        unit_no=5,
        name="国際交流推進事業",
        department=_KIKAKU,
        next_year_policy="継続",
        priority_mark="",
        major_mark="",
        population_goal="",
        sdg_target="4.7",
        legal_basis="自主",
        summary=(
            "多文化共生理解の促進と在住外国人の生活支援を目的に、国際理解に関する各種イベント、"
            "外国人向け日本語学習支援や相談窓口機能を担う国際交流協会に負担金を支出し、民間による"
            "国際交流活動を支援する。"
        ),
        # seed: the 令和7年度 事業費/所要一般財源 cells were lost; assumed equal to 令和8年度
        # (22,309). The 令和8年度 cells print a stray space: "22, 309".
        budget=Budget(("22,309", "22, 309"), ("22,309", "22, 309"), ("749", "749")),
        progress=(
            "国際交流協会の主な取組\n"
            "・国際交流フェスティバルの開催\n"
            "・日本語会話教室の実施\n"
            "・在住外国人の生活相談\n"
            "・国際交流ボランティアの育成"
        ),
        issues=(
            "・在住外国人住民への生活支援を図る上で、国際交流協会との連携は不可欠であることから、"
            "組織運営の在り方について協議をしていく。\n"
            "・令和8年度に栄町第二庁舎への移転を予定しており、移転に係る費用等について協会と"
            "協議をしていく。"
        ),
    ),
    BusinessUnit(
        measure_no=1,
        unit_no=6,
        name="グローバル人材育成事業",
        department=_KIKAKU,
        next_year_policy="継続",
        priority_mark="",
        major_mark="",
        population_goal="",
        sdg_target="4.7",
        legal_basis="自主",
        # seed: "世界で活 国でな" reconstructed as "世界で活躍できる".
        summary=(
            "国際社会への高い関心・理解を持ち、世界で活躍できるグローバル人材の育成を目的に、"
            "会津地域の高校生を対象に、グローバルな学習・体験や、グローバル人材について考える"
            "ワークショップ等を開催する。"
        ),
        budget=Budget(("3,520", "3,520"), ("0", "0"), ("752", "752")),
        progress=(
            "・グローバル人材について考えるワークショップ、英会話講座、JICA等への訪問を実施した。\n"
            "・令和6年度は、JICA横浜への訪問など1泊2日のサマーキャンプを実施した。\n"
            "・直近3年間の参加者 R4:9名、R5:26名、R6:31名"
        ),
        issues=(
            "・引き続き、参加者の興味・関心を捉えながら、国際社会や異文化への関心・理解を深める"
            "プログラムを実施していく。\n"
            "・会津若松市国際交流協会への事業移管に向けた協議・検討を進める。"
        ),
    ),
    BusinessUnit(
        measure_no=1,
        unit_no=7,
        name="友好都市交流事業",
        department=_KIKAKU,
        next_year_policy="継続",
        priority_mark="",
        major_mark="",
        population_goal="",
        sdg_target="4.7",
        legal_basis="自主",
        # seed: the cell is cut after "青"; completed as 青少年書画交換交流を実施する.
        summary=(
            "海外の友好都市との交流推進を目的に、中国湖北省荊州市と相互訪問や技術研修生の受入、"
            "青少年書画交換交流を実施する。"
        ),
        budget=Budget(("1,913", "1,913"), ("1, 913", "1,913"), ("749", "749")),
        progress=(
            "中国湖北省荊州市との交流(平成3年より友好都市提携)\n"
            "・本市訪問団派遣・荊州市訪問団受入、技術研修生受入(平成3年度~)\n"
            "・青少年書画交換交流(平成4年度~)\n"
            "・友好都市締結30周年(令和3年度)"
        ),
        issues=(
            "令和2年度以降、人的な交流が途切れる状況が続いていたが、今後は、書画交換交流の継続に"
            "加え、国際情勢を見極めながら、観光誘客や経済交流等の目的を明確にした荊州市への訪問"
            "再開を検討していく。"
        ),
    ),
    BusinessUnit(
        measure_no=1,
        unit_no=8,
        name="未来人財育成塾",
        department=_KIKAKU,
        next_year_policy="終了",
        priority_mark="",
        major_mark="",
        population_goal="基本目標2",
        sdg_target="4.7",
        legal_basis="自主",
        summary=(
            "「自立」と「自律」の心を培う機会の提供を通した、次の世代を担う人財の育成を目的に、"
            "中学生を対象に、社会の様々な分野で活躍する講師陣による講義、自分の将来の夢や生き方"
            "などを考えるグループワーク等を開催する。"
        ),
        # seed: 令和8年度 column is all dashes (事業は令和7年度で終了).
        budget=Budget(("4,292", DASH), ("0", DASH), ("2,086", DASH)),
        progress=(
            "・社会の様々な分野で活躍する講師陣の講義や、将来の夢や生き方を考えるグループワーク"
            "のほか、地域資源を活かした課外活動を実施した。\n"
            "・直近3年間の参加者 R4:22名、R5:24名、R6:16名"
        ),
        issues=(
            "・次の世代を担う人財の育成に寄与してきたが、近年の参加者減少等の課題や、財源である"
            "国際的ふるさと会津創生基金の払底を見据え、令和7年度で事業を終了する。"
        ),
    ),
    BusinessUnit(
        measure_no=1,
        unit_no=9,
        name="核兵器廃絶平和都市宣言事業",
        department=_SOUMU,
        next_year_policy="継続",
        priority_mark="",
        major_mark="",
        population_goal="",
        sdg_target="4.7",
        legal_basis="自主",
        # seed: only the tail "まつりへの参加" survived; the sentence is reconstructed from
        # the 取組状況 text of the same card.
        summary=(
            "核兵器廃絶と平和に対する市民意識の高揚を図るため、中学生の被爆地訪問、被爆体験"
            "伝承講話、原爆パネル展の開催、平和の灯まつりへの参加などを行う。"
        ),
        budget=Budget(("2,034", "2, 108"), ("2,034", "2,108"), ("1,449", "1,449")),
        progress=(
            "核兵器や戦争の凄惨さと平和の尊さを伝えることで、市民意識の高揚を図ってきた。"
            "市内中学生による被爆地訪問は、令和4年度に初めて長崎市を訪問し、以後、広島と長崎を"
            "交互に訪問した。令和5年度からは被爆体験伝承者を広島から招いて講話を開催している。"
        ),
        issues=(
            "原爆投下から80年が経過し、若い世代への継承が課題となっている。幅広い市民参加が"
            "可能となるような事業を展開するとともに、長崎の平和祈念式典は参列人数の制限により"
            "生徒全員が参加できないことを踏まえ、交互訪問の見直しについて検討していく。"
        ),
    ),
    BusinessUnit(
        measure_no=2,
        unit_no=1,
        name="会津若松市移住コーディネーターの設置",
        department=_CITYPRO,
        next_year_policy="新規",
        priority_mark=_MARK,
        major_mark="",
        population_goal="基本目標2",
        sdg_target="11.3",
        legal_basis="自主",
        summary=(
            "地方への移住を希望する都市住民を積極的に本市に受け入れるため、「移住コーディネーター」"
            "を設置し、移住希望者等に対する情報提供や相談対応等の支援などに取り組み、"
            "定住・二地域居住を推進する。"
        ),
        # seed: 新規事業のため令和7年度 column is all dashes.
        budget=Budget((DASH, "4,161"), (DASH, "4,161"), (DASH, "232")),
        progress="※事業費は人件費\n※概算人件費はコーディネーター採用に係る職員人件費",
        issues=DASH,
    ),
    BusinessUnit(
        measure_no=2,
        unit_no=2,
        name="地方学生就職支援事業",
        department=_CITYPRO,
        next_year_policy="継続",
        priority_mark=_MARK,
        major_mark="",
        population_goal="基本目標2",
        sdg_target="11.3",
        legal_basis="自主",
        # seed: the last line is garbage ("20月に19日9の際に安した1944頁で文配9つ");
        # read as 移住する際に要した移転費を支給する (the card's progress adds 移転費).
        summary=(
            "東京都内に本部がある大学・大学院の東京圏内のキャンパスに通う学部生・院生の卒業後の"
            "UIJターン促進のため、地方の企業で実施される就職活動に参加するための交通費、実際に"
            "移住する際に要した移転費を支給する。"
        ),
        budget=Budget(("780", "780"), ("195", "195"), ("1,931", "1,931")),
        progress="・令和7年4月 移転費を追加(令和7年4月1日適用)",
        issues=(
            "大学等への進学を機に県外へ転出する学生等が多く、若年層の減少傾向が続いている。"
            "当該支援制度を活用し、事業の周知を図りながら、本市への就職による定住を促進する。"
        ),
    ),
    BusinessUnit(
        measure_no=2,
        unit_no=3,
        name="会津若松市定住・二地域居住推進協議会負担金",
        department=_CITYPRO,
        next_year_policy="継続",
        priority_mark=_MARK,
        major_mark=_MARK,
        population_goal="基本目標2",
        sdg_target="11.3",
        legal_basis="自主",
        # seed: the first line was lost and the last reads "二地域民代を維維する"; rebuilt
        # on the model of the 移住コーディネーター card.
        summary=(
            "地方への移住を希望する都市住民を積極的に本市に受け入れるため、関係団体等と協力・"
            "連携しながら情報発信や交流体験の機会を提供、さらには受入態勢の整備などに取り組み、"
            "定住・二地域居住を推進する。"
        ),
        budget=Budget(("4,610", "2,200"), ("4,610", "2,200"), ("5,793", "5,793")),
        progress=(
            "・平成19年度:市定住・二地域居住推進協議会を設立\n"
            "・令和5年度:若年層への経済的支援の開始及びUターン等促進キャンペーンの実施\n"
            "・令和6年度:ウェブサイトの刷新\n"
            "・令和7年度:ガイドブックの刷新\n"
            "【移住実践者数】令和6年度(34世帯50名)"
        ),
        issues=(
            "首都圏在住の20~40代の現役世代では地方移住の動きが活発化している。今後も就労支援を"
            "軸とし現役世代にターゲットを絞り情報提供を行うとともに、二地域居住者及び関係人口"
            "対象者の把握や推進を図りながら更なる移住促進を図っていく。"
        ),
    ),
    BusinessUnit(
        measure_no=2,
        unit_no=4,
        name="移住支援金",
        department=_CITYPRO,
        next_year_policy="継続",
        priority_mark=_MARK,
        major_mark=_MARK,
        population_goal="基本目標2",
        sdg_target="11.3",
        legal_basis="自主",
        summary=(
            "5年以上、東京23区居住、又は東京圏から通勤していた者等が市内に移住し就職などをした"
            "場合に、給付金を交付する。また、世帯で移住する場合は、子どもの人数に応じて支援金を"
            "加算する。"
        ),
        budget=Budget(("30,000", "36,000"), ("7,500", "9,000"), ("1,931", "1,931")),
        progress=(
            "【1】経過\n"
            "令和元年7月:支援開始\n"
            "令和5年度:子育て世帯加算を30万円から100万円に増額\n"
            "【2】実績\n"
            "令和6年度:14件(世帯9件、単身5件)"
        ),
        issues=(
            "移住支援金の支給要件緩和、加算額の増加等により、交付申請者が増加している。今後も"
            "国や県と連携のもと効果的に運用し、各種移住支援施策との連携を図りながら、移住者の"
            "増加を図っていく。"
        ),
    ),
    BusinessUnit(
        measure_no=2,
        unit_no=5,
        name="UIJターン等移住給付金",
        department=_CITYPRO,
        next_year_policy="継続",
        priority_mark=_MARK,
        major_mark=_MARK,
        population_goal="基本目標2",
        sdg_target="11.3",
        legal_basis="自主",
        summary=(
            "県外に3年以上居住した者のうち、市内に移住し、就職などをした40歳以下の移住者に"
            "給付金を給付する。また、Uターン・孫ターン等での移住、18歳以下の子どもが世帯員に"
            "いる場合には給付金を加算する。給付金は「会津コイン」により給付する。"
        ),
        budget=Budget(("6,000", "8,000"), ("6,000", "8,000"), ("1,931", "1,931")),
        progress=(
            "【1】経過\n"
            "令和7年4月 「市UIJターン等移住給付金」に改正し、会津コインによる給付を開始\n"
            "【2】実績\n"
            "令和5年度:3件(世帯2件、単身1件) 令和6年度:3件(世帯3件)"
        ),
        issues=(
            "若い世代に重点を置いた移住支援策を実施することは、社会動態に加え自然動態による"
            "人口減少の抑制が期待できるため、就業・就農・起業支援と連携した移住支援策を検討し、"
            "人口減少の抑制に向け取り組んでいく。"
        ),
    ),
    BusinessUnit(
        measure_no=2,
        unit_no=6,
        name="住宅取得支援事業補助金",
        department=_CITYPRO,
        next_year_policy="継続",
        priority_mark=_MARK,
        major_mark=_MARK,
        population_goal="基本目標2",
        sdg_target="11.3",
        legal_basis="自主",
        summary=(
            "県外からの移住者が市内へ移住するための住宅取得に要した費用に対し、補助金を交付する。"
            "[補助限度額] 1,700千円(市700千円、県700千円と合わせて最大300千円の加算あり)"
            "※県「来てふくしま住宅取得支援事業」を活用して実施。"
        ),
        budget=Budget(("13,600", "17,000"), ("5,600", "7,000"), ("387", "483")),
        progress=(
            "【1】経過\n"
            "令和5年度:市住宅取得支援事業補助金交付要綱施行\n"
            "令和6年度:地域活性化加算の追加\n"
            "【2】実績\n"
            "令和5年度:6件 令和6年度:4件(加算3件)"
        ),
        issues=(
            "相対的に所得水準が低く、子育て等により家計の支出が多い若年層の移住の増加を図るため、"
            "住宅取得費用の支援を行い経済的負担の軽減を図っている。効果を検証しながら、より"
            "効果的な支援のあり方について検討していく。"
        ),
    ),
    BusinessUnit(
        measure_no=2,
        unit_no=7,
        name="奨学金返還支援事業補助金",
        department=_CITYPRO,
        next_year_policy="継続",
        priority_mark=_MARK,
        major_mark="",
        population_goal="基本目標2",
        sdg_target="11.3",
        legal_basis="自主",
        summary=(
            "若年層の地元企業への就職や県外からの移住を促進するため、県外から市内に移住し、市内に"
            "本社がある事業所等に就職した30歳以下の者の奨学金返還を補助する。"
        ),
        budget=Budget(("2, 250", "4,050"), ("2,250", "4,050"), ("1,931", "1,931")),
        progress=(
            "【1】経過\n"
            "令和5年度:市奨学金返還支援事業補助金の施行\n"
            "令和6年度:会津大学等の卒業生を対象者に追加\n"
            "【2】実績\n"
            "令和5年度:2件 令和6年度:7名(交付件数10件)"
        ),
        issues=(
            "奨学金返還を支援することにより、経済的負担を緩和し、本市で就労することの魅力向上を"
            "図り、本市への若年層の移住実践者の増加につなげていく。"
        ),
    ),
)

LOGIC_MODEL_MEASURE = 2
LOGIC_FINAL = "転入人口が増え、地域が活性化する"  # seed: "転 … 人口が増え 地域が活性化 する"
LOGIC_ROWS = (
    LogicRow(
        names="会津若松市定住・二地域居住推進協議会負担金",
        results="本市の魅力や支援制度の情報発信、移住者交流会の開催、各支援制度の相談対応や実施",
        short_term="首都圏等における移住希望者からの相談等が増加するほか、移住者同士の交流が拡大する",
        mid_term="市外からの移住者が増加する。市を訪問する、関心を持つ方が増え、二地域居住や関係人口が増加する",
    ),
    LogicRow(
        names="会津若松市移住コーディネーターの設置\n移住支援金",
        results="・移住支援金の周知\n・移住支援金の交付",
        short_term="東京圏からの移住相談等が増加する",
        mid_term="東京圏からの移住者数が増加し、転出超過数が抑制される",
    ),
    LogicRow(
        names="奨学金返還支援事業補助金",
        results="・奨学金返還支援事業補助金の周知\n・移住実践者の奨学金返還支援補助金の交付",
        short_term="・補助金の相談等が増加する\n・若年層の経済的・心理的不安が軽減される",
        mid_term="・若年層の移住者が増加して転出超過が抑制される\n・地元企業の若者の雇用が増加する",
    ),
    LogicRow(
        names="住宅取得支援事業補助金\nUIJターン等移住給付金\n地方学生就職支援事業",
        results="・住宅取得支援事業補助金の周知\n・住宅取得支援事業補助金の交付",
        short_term="住宅取得支援事業への相談等が増加する",
        mid_term="20代、30代の県外から移住する若年層が増加して転出超過が抑制される",
    ),
)

_COORDINATOR = "会津若松市移住コーディネーターの設置"
OUTCOMES = (
    OutcomeRow(
        subject=_COORDINATOR,
        item="移住相談件数(年間)",
        cells=(
            ("R6", "450", "323"),
            ("R7", "500", OUTCOME_DASH),
            ("R8", "510", OUTCOME_DASH),
            ("R9", "520", OUTCOME_DASH),
        ),
    ),
    OutcomeRow(
        subject=_COORDINATOR,
        item="移住実践世帯数(累計)",
        cells=(
            ("R6", "194", "254"),
            ("R7", "209", OUTCOME_DASH),
            ("R8", "224", OUTCOME_DASH),
            ("R9", "239", OUTCOME_DASH),
        ),
    ),
)


def measure_title(number: int) -> str:
    """Return the 施策 heading printed above its units: ``施策1 交流の促進``."""
    measure = next(m for m in MEASURES if m.number == number)
    return f"施策{measure.number} {measure.title}"
