"""佐久市「まち・ひと・しごと創生総合戦略の位置づけについて」(重点プロジェクト(案)) samples.

Content typed from ``/work/shared/seeds/saku_priority_projects_draft.txt``; two renderings:

* ``saku_priority_projects_reportlab.pdf`` – A4 landscape slides drawn with reportlab
  (IPAex TrueType fonts, ``invariant=1``): title slide, 位置づけ, the six 地方創生2.0
  基本姿勢 as a 2×3 grid of boxes, and two slides with projects Ⅰ–Ⅱ / Ⅲ–Ⅳ, each project
  a two-column box (title/tag/body | linked 基本姿勢 list).
* ``saku_priority_projects_writer.pdf`` – the same text as a portrait Word document
  (python-docx → LibreOffice), one heading per project.
"""

from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from samples.gen.fonts import gothic, mincho
from samples.gen.strategy import DocBuilder, convert_to_pdf

REPORTLAB_NAME = "saku_priority_projects_reportlab.pdf"
WRITER_NAME = "saku_priority_projects_writer.pdf"

# =========================================================================== content

TITLE = "まち・ひと・しごと創生総合戦略の位置づけについて"
MUNICIPALITY = "佐久市"

POSITION_HEADING = "■総合戦略の位置づけ(重点プロジェクト)(案)"
POSITION_TEXT = (
    "第1期及び第2期の総合戦略、デジ田総合戦略を定め、各施策を着実に実行してきたことで、地方創生の成果が"
    "出始めている。これらの成果や地方創生の意識が途切れることのないよう、まち・ひと・しごとの4つの分野を"
    "維持しつつ、**地方創生2.0基本構想を勘案し**、総合計画における戦略として設定してきた、"
    "「**重点プロジェクト**」に総合戦略を位置付け、横断的に各政策分野の各49施策に反映する。"
)
STRENGTHS_HEADING = "【「重点プロジェクト＝総合戦略」の強み】"
STRENGTHS = (
    "①地方創生の内容が溶け込むことで、人口減少の克服に向け、さらに力強く事業展開することが可能になる。"
    "(幅広に地方創生の財源確保も可能)",
    "②総合戦略も含めた49施策の進行管理ができるため総合計画の進行管理に絞ることができ、業務の改善にも"
    "つながるとともに市民にもわかりやすい計画づくりが可能になる。",
)

STANCE_HEADING = "■地方創生に関する総合戦略～これまでの地方創生の取組のフォローアップと推進戦略～"
STANCE_INTRO = (
    "国の総合戦略に基づき、地方版総合戦略の策定・効果検証のための手引きにおいて、地方版総合戦略の中に"
    "盛り込むべきものとして、地方創生2.0基本構想で示されている以下の基本姿勢を中心とするよう定められて"
    "いる。"
)
PROJECT_HEADING = "■重点プロジェクト(総合戦略)のテーマ設定(案)"
LINK_LABEL = "<地方創生2.0基本構想 基本姿勢>"


@dataclass(frozen=True)
class Stance:
    number: str  # ①
    title: str
    text: str

    @property
    def label(self) -> str:
        return f"{self.number}{self.title}"


@dataclass(frozen=True)
class Project:
    number: str  # Ⅰ
    title: str
    tag: str  # printed inside 【】
    text: str
    stances: tuple[str, ...]  # ①…


STANCES: tuple[Stance, ...] = (
    Stance(
        "①",
        "人口減少を正面から受け止めたうえでの施策展開",
        "人口減少が続く事態を正面から受け止め、社会・経済が機能する適応策も講じる。住民の基本的な"
        "生活の維持、経済成長、公共サービス維持やインフラ整備、まちづくりなどで、民の力を最大限活かす"
        "べく、官民連携をさらに推進しながら社会機能の維持・充実を図る。",
    ),
    Stance(
        "②",
        "若者や女性にも選ばれる地域づくり",
        "地域社会のアンコンシャス・バイアス等の意識変革や魅力ある職場づくりにより、若者や女性が地方に"
        "残りたい、東京圏から地方に戻りたい／行きたいと思える地域をつくる。",
    ),
    Stance(
        "③",
        "異なる要素の連携と「新結合」",
        "多様な食や伝統産業、自然環境や文化芸術の豊かさといったそれぞれの地域のポテンシャルを活かして"
        "高付加価値化するとともに、地域製品の海外展開などにより、自立的な地方経済を構築する。",
    ),
    Stance(
        "④",
        "AI・デジタルなどの新技術の徹底活用と社会実装",
        "AI・デジタルなどの新技術を徹底活用し、地方経済と生活環境の創生を実現する。GX・DXによって"
        "創出・成長する新たな産業の集積に向けたワット・ビット連携などによるインフラ整備を進める。",
    ),
    Stance(
        "⑤",
        "都市・地方の共生関係の強化と人材循環の促進",
        "関係人口を活かし、都市と地方の間で人・モノ・技術の交流・循環・新たな結び付き、分野を越えた"
        "連携・協働の流れをつくる。",
    ),
    Stance(
        "⑥",
        "好事例の普遍化(点から面へ、地域の多様なステークホルダーの連携)",
        "産官学金労言士等による主体的な取組と、全国津々浦々で地方創生が進むよう、好事例の普遍化と"
        "広域での展開を促進(例:「広域リージョン連携」)。",
    ),
)

PROJECTS: tuple[Project, ...] = (
    Project(
        "Ⅰ",
        "持続可能で、共に支え合う安心・安全なまちづくり",
        "まち",
        "デジタル時代の新しい自治の姿として、徹底した情報公開による市民参加型の市政実現を基盤に、住民一人"
        "ひとりが主体的に関わるまちづくりを推進します。行政情報のオープン化を徹底し、特に災害時には、対策"
        "本部の情報をリアルタイムかつ分かりやすく発信するなど、市民の安全・安心を最優先に守る体制を構築"
        "します。公共交通の維持やインフラ管理、防災対策にはAI・DXなどの新技術を活用するなど、効率的で"
        "持続可能な都市経営を行います。地域の多様なステークホルダー(住民・企業・大学・団体等)が連携する"
        "「エリアマネジメント」の好事例を市内全域へ普及させ、世代を超えて助け合い、誰もが安全に暮らし"
        "続けられる強靱な地域社会を築きます。",
        ("①", "④", "⑥"),
    ),
    Project(
        "Ⅱ",
        "希望をかなえ、健やかに次世代を育むまちづくり",
        "ひと(自然動態)",
        "人口減少という厳しい現実を正面から受け止め、結婚・妊娠・出産・子育ての各段階における希望をかなえる"
        "社会を目指します。佐久市の保有する様々なデータの分析に基づき、少子化の要因を的確に捉えた施策を"
        "展開し、特に若者や女性から「選ばれる地域」としての魅力を高めます。安心安全な子育て支援を推進する"
        "ため、子ども・子育て支援拠点施設を核とした居場所づくりや、デジタル技術を活用した「ファミリー"
        "サポート事業」の利便性向上を推進します。孤立させない支援体制と、質の高い医療・教育環境を融合"
        "させることで、誰もが安心して次世代を育み、子どもたちが健やかに成長できるまちを創り上げます。",
        ("①", "②", "④"),
    ),
    Project(
        "Ⅲ",
        "多様な人が集い、活力の循環を生むまちづくり",
        "ひと(社会動態)",
        "都市部との共生関係を深化させ、佐久市を舞台に多様な人材が交差・循環する活気ある地域を創出します。"
        "佐久市立図書館の建替えや佐久平駅のリニューアル、中込地区での民間連携による街づくりなど、地域の"
        "「核」となる拠点の魅力を高めることや望月地区の温泉や特徴ある個店、豊かな自然を活かしたネット"
        "ワークづくりを進めるなど、交流人口の創出を強力に推進します。また、インバウンドをはじめとした観光客"
        "に対し、山岳観光のゲートウェイとして機能強化を図ります。二地域居住やテレワーク環境の整備、関係人口"
        "の創出を通じて、外からの新しい視点と地域の内なる活力が混ざり合い、常に新しい価値が生まれ続ける"
        "「多様性に寛容なまち」を目指します。",
        ("②", "④", "⑤"),
    ),
    Project(
        "Ⅳ",
        "稼ぐ力を高め、新たな挑戦を支えるまちづくり",
        "しごと",
        "地域の持続的な成長の源泉となる「経済の活力」を最大化します。事業拡大や設備投資を力強く支援すると"
        "ともに、深刻な人手不足に対しては、AI・デジタル技術を活用したマッチングや「学生還流プロジェクト」、"
        "インターンシップの促進により、若者が地域に根付く仕組みを構築します。また、佐久市の強みである高度"
        "な医療・保健・福祉を維持するため、佐久大学等と連携した看護人材の育成支援など、医療人材育成への"
        "支援と地域経済の活性化を両輪で進めます。さらに、既存の産業に新技術や外部の知見を掛け合わせる"
        "「新結合」を促し、次代を担う起業や新事業への挑戦を地域全体で支える環境を整えます。",
        ("②", "③", "④"),
    ),
)

STANCE_BY_NUMBER = {s.number: s for s in STANCES}


def project_heading(p: Project) -> str:
    return f"プロジェクト{p.number} {p.title}【{p.tag}】"


BOLD_RE = re.compile(r"\*\*(.+?)\*\*")

# =========================================================================== reportlab

NAVY = colors.HexColor("#1F4E79")
PALE = colors.HexColor("#EAF1F8")
PAGE = landscape(A4)
RL_GOTHIC = "IPAexGothic"
RL_MINCHO = "IPAexMincho"


def _register_fonts() -> None:
    if RL_GOTHIC not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(RL_GOTHIC, str(gothic())))
        pdfmetrics.registerFont(TTFont(RL_MINCHO, str(mincho())))


def _style(
    name: str,
    *,
    font: str = RL_GOTHIC,
    size: float = 11,
    leading: float | None = None,
    color: colors.Color = colors.black,
    align: int = 0,
    space_after: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.5,
        textColor=color,
        alignment=align,
        wordWrap="CJK",
        spaceAfter=space_after,
    )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _markup(text: str) -> str:
    """``**bold**`` → gothic + underline (the original slides emphasise this way)."""
    return BOLD_RE.sub(
        lambda m: f'<u><font name="{RL_GOTHIC}" color="#C00000">{m.group(1)}</font></u>', _esc(text)
    )


class SlideBar(Flowable):
    """A full-width heading band (■ …) like the slide titles of the original."""

    def __init__(self, text: str, width: float, size: float = 16) -> None:
        super().__init__()
        self.text, self.width, self.size = text, width, size
        self.height = size * 2.1

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(NAVY)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(RL_GOTHIC, self.size)
        c.drawString(10, self.height / 2 - self.size * 0.35, self.text)


def _box(
    rows: list[list[object]],
    widths: list[float],
    *,
    header_fill: colors.Color | None = None,
    grid: bool = True,
) -> Table:
    t = Table(rows, colWidths=widths)
    cmds: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 1.0, NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    if grid:
        cmds.append(("INNERGRID", (0, 0), (-1, -1), 0.6, NAVY))
    if header_fill is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), header_fill))
    t.setStyle(TableStyle(cmds))
    return t


def _on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    if doc.page > 1:
        canvas.setFont(RL_MINCHO, 9)
        canvas.drawRightString(PAGE[0] - 15 * mm, 9 * mm, str(doc.page))
        canvas.setFont(RL_GOTHIC, 8)
        canvas.drawString(15 * mm, PAGE[1] - 9 * mm, MUNICIPALITY)


def render_reportlab(path: Path) -> None:
    _register_fonts()
    width = PAGE[0] - 30 * mm
    body = _style("body", font=RL_MINCHO, size=11.5, leading=19)
    small = _style("small", font=RL_MINCHO, size=10, leading=15.5)
    label = _style("label", size=12, leading=17, color=NAVY)
    white = _style("white", size=13, leading=18, color=colors.white)
    story: list[Flowable] = [
        Spacer(1, 55 * mm),
        Paragraph(_esc(TITLE), _style("title", size=28, leading=40, align=TA_CENTER)),
        Spacer(1, 28 * mm),
        Paragraph(MUNICIPALITY, _style("muni", size=20, align=TA_CENTER)),
        PageBreak(),
        SlideBar(POSITION_HEADING, width),
        Spacer(1, 8 * mm),
        Paragraph(_markup(POSITION_TEXT), _style("pos", font=RL_MINCHO, size=13, leading=24)),
        Spacer(1, 10 * mm),
        _box(
            [
                [Paragraph(_esc(STRENGTHS_HEADING), label)],
                *[[Paragraph(_esc(s), body)] for s in STRENGTHS],
            ],
            [width - 20 * mm],
            header_fill=PALE,
            grid=False,
        ),
        PageBreak(),
        SlideBar(STANCE_HEADING, width, size=14),
        Spacer(1, 4 * mm),
        Paragraph(_esc(STANCE_INTRO), body),
        Spacer(1, 4 * mm),
    ]
    cell_w = width / 3
    grid_rows: list[list[object]] = []
    for i in range(0, len(STANCES), 3):
        grid_rows.append(
            [
                [Paragraph(_esc(s.label), label), Spacer(1, 2), Paragraph(_esc(s.text), small)]
                for s in STANCES[i : i + 3]
            ]
        )
    story.append(_box(grid_rows, [cell_w] * 3))
    for pair in (PROJECTS[:2], PROJECTS[2:]):
        story += [PageBreak(), SlideBar(PROJECT_HEADING, width), Spacer(1, 5 * mm)]
        for p in pair:
            left = [Paragraph(_esc(p.text), small)]
            right = [
                Paragraph(_esc(LINK_LABEL), _style("link", size=10, leading=15, color=NAVY)),
                Spacer(1, 3),
            ]
            right += [
                Paragraph(
                    _esc(STANCE_BY_NUMBER[n].label),
                    _style("ln", size=9.5, leading=14, space_after=4),
                )
                for n in p.stances
            ]
            head = Paragraph(_esc(project_heading(p)), white)
            t = Table([[head, ""], [left, right]], colWidths=[width * 0.66, width * 0.34])
            t.setStyle(
                TableStyle(
                    [
                        ("SPAN", (0, 0), (1, 0)),
                        ("BACKGROUND", (0, 0), (1, 0), NAVY),
                        ("BACKGROUND", (1, 1), (1, 1), PALE),
                        ("BOX", (0, 0), (-1, -1), 1.0, NAVY),
                        ("LINEBEFORE", (1, 1), (1, 1), 0.6, NAVY),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ]
                )
            )
            story += [KeepTogether([t]), Spacer(1, 5 * mm)]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=PAGE,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=TITLE,
        author=MUNICIPALITY,
        subject="重点プロジェクト(案)",
        creator="aizu-extract sample generator",
        invariant=1,
    )
    doc.build(story, onFirstPage=_on_page, onLaterPages=_on_page)


# =========================================================================== Writer


def render_writer(path: Path) -> None:
    d = DocBuilder(margins_mm=(20, 20, 20, 20))
    d.core_title(TITLE)
    d.paragraph(TITLE, size=18, gothic=True, bold=True, align="center")
    d.paragraph(MUNICIPALITY, size=14, gothic=True, align="right")
    d.heading(POSITION_HEADING, level=1)
    par = d.doc.add_paragraph()
    par.paragraph_format.first_line_indent = d.doc.styles["Normal"].font.size
    pos = 0
    for m in [*BOLD_RE.finditer(POSITION_TEXT), None]:
        d.rich(par, POSITION_TEXT[pos : m.start()] if m else POSITION_TEXT[pos:])
        if m is None:
            break
        d.rich(par, m.group(1), gothic=True, bold=True)
        pos = m.end()
    d.box([STRENGTHS_HEADING, *STRENGTHS], bold_first=True, width_mm=165)
    d.heading(STANCE_HEADING, level=1)
    d.paragraph(STANCE_INTRO, first_indent=True)
    for s in STANCES:
        d.heading(s.label, level=3)
        d.paragraph(s.text, first_indent=True)
    d.page_break()
    d.heading(PROJECT_HEADING, level=1)
    for p in PROJECTS:
        d.heading(project_heading(p), level=2)
        d.paragraph(p.text, first_indent=True).paragraph_format.keep_with_next = True
        d.box(
            [LINK_LABEL, *(STANCE_BY_NUMBER[n].label for n in p.stances)],
            bold_first=True,
            width_mm=165,
        )
    with tempfile.TemporaryDirectory(prefix="saku_docx_") as tmp:
        docx_path = Path(tmp) / "saku_priority_projects_writer.docx"
        d.save(docx_path)
        convert_to_pdf(docx_path, path, profile="lo_profile_saku")


# =========================================================================== entry points


def build(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    a = out_dir / REPORTLAB_NAME
    b = out_dir / WRITER_NAME
    render_reportlab(a)
    render_writer(b)
    return [a, b]


if __name__ == "__main__":
    for written in build(Path(__file__).resolve().parents[1]):
        print(written)
