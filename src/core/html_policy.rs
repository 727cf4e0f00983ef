//! The HTML allow-list as data, in one place (after ammonia's design): which elements become which
//! blocks and inlines, which are dropped with their content, and which attributes are read at all.
//! Everything not named here is unwrapped: its text is kept, the element is not.

/// A parsed HTML node, as neutral data: what the shell's DOMParser walk (or a test's parser) gives
/// the converter. Element names are lower-case; only attributes in [`ATTRIBUTES`] are carried.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
}

impl Element {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }
}

/// What an element becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Dropped with everything inside: it can run, embed, style or ask for input.
    Dropped,
    Paragraph,
    /// `h1`–`h6`; level 1 becomes 2, as markdown's `#` does.
    Heading(u8),
    List {
        ordered: bool,
    },
    ListItem,
    Quote,
    Preformatted,
    Figure,
    FigureCaption,
    Image,
    Rule,
    Table,
    TableRow,
    TableCell {
        header: bool,
    },
    LineBreak,
    Emphasis,
    Strong,
    Code,
    Strikethrough,
    Subscript,
    Superscript,
    Link,
    /// Kept for its content only: `div`, `span`, `section`, unknown elements…
    Unwrapped,
}

/// Elements removed together with their content. `noscript` goes too: pages put a second copy of
/// lazy images there, and Lectern reads the lazy attributes instead.
pub const DROPPED: &[&str] = &[
    "script",
    "style",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "param",
    "form",
    "input",
    "button",
    "select",
    "option",
    "optgroup",
    "textarea",
    "datalist",
    "output",
    "progress",
    "meter",
    "svg",
    "math",
    "canvas",
    "noscript",
    "noembed",
    "noframes",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "audio",
    "video",
    "source",
    "track",
    "dialog",
    "portal",
    "slot",
    "xmp",
    "plaintext",
];

/// The only attributes the shell copies out of the DOM; every other one is never read.
pub const ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "alt",
    "title",
    "start",
    "class",
    "data-src",
    "data-lazy-src",
    "data-original",
    "srcset",
    "data-srcset",
    // A code block's language, as syntax highlighters mark it.
    "data-language",
    "data-lang",
];

/// How deep nested lists and quotes go before their inside is flattened, as in markdown.
pub const MAX_NESTING: usize = 8;
/// How deep the element tree is read at all: whoever builds `Node`s turns an element this deep
/// into its text, so every walk over the tree (and dropping it) has bounded recursion.
pub const MAX_DEPTH: usize = 100;

/// What `name` (lower-case) becomes.
pub fn kind(name: &str) -> Kind {
    match name {
        "p" => Kind::Paragraph,
        "h1" => Kind::Heading(1),
        "h2" => Kind::Heading(2),
        "h3" => Kind::Heading(3),
        "h4" => Kind::Heading(4),
        "h5" => Kind::Heading(5),
        "h6" => Kind::Heading(6),
        "ul" | "menu" | "dir" => Kind::List { ordered: false },
        "ol" => Kind::List { ordered: true },
        "li" => Kind::ListItem,
        "blockquote" => Kind::Quote,
        "pre" | "listing" => Kind::Preformatted,
        "figure" => Kind::Figure,
        "figcaption" => Kind::FigureCaption,
        "img" => Kind::Image,
        "hr" => Kind::Rule,
        "table" => Kind::Table,
        "tr" => Kind::TableRow,
        "th" => Kind::TableCell { header: true },
        "td" => Kind::TableCell { header: false },
        "br" => Kind::LineBreak,
        "em" | "i" | "cite" | "dfn" | "var" => Kind::Emphasis,
        "strong" | "b" => Kind::Strong,
        "code" | "kbd" | "samp" | "tt" => Kind::Code,
        "del" | "s" | "strike" => Kind::Strikethrough,
        "sub" => Kind::Subscript,
        "sup" => Kind::Superscript,
        "a" => Kind::Link,
        name if DROPPED.contains(&name) => Kind::Dropped,
        _ => Kind::Unwrapped,
    }
}

/// Whether an element of this kind starts a new block where it appears.
pub fn is_block(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Paragraph
            | Kind::Heading(_)
            | Kind::List { .. }
            | Kind::ListItem
            | Kind::Quote
            | Kind::Preformatted
            | Kind::Figure
            | Kind::FigureCaption
            | Kind::Rule
            | Kind::Table
            | Kind::TableRow
            | Kind::TableCell { .. }
    )
}

/// Names that are blocks for layout though Lectern unwraps them: their content starts a new
/// paragraph, as a browser would show it.
pub const BLOCK_CONTAINERS: &[&str] = &[
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "address", "details", "summary", "center",
    "dl", "dt", "dd", "hgroup", "body", "html", "fieldset", "legend", "caption", "thead", "tbody", "tfoot", "picture",
];
