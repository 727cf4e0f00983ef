//! The fields of one channel or item, gathered from its children whatever their vocabulary, then
//! turned into an `Item` by the order of preference the formats set.

use super::super::date;
use super::super::feed::{Attachment, Author, BodySource, Item};
use super::super::url;
use super::super::xml::XmlTree;
use super::parts::{atom_text, collapse, duration, guess_mime, rss_person, stable_id, Ns, Text};
use super::{base_of, Base, Budget};

/// A URL as written, with the base it resolves against.
type Href = (String, Base);

/// A file listed by an item, before its URL is checked.
struct File {
    href: Href,
    mime: Option<String>,
    size: Option<u64>,
    seconds: Option<u64>,
    title: Option<String>,
}

/// What a channel or an item says, by field; `rank`ed slots keep the preferred of several.
#[derive(Default)]
pub struct Draft {
    pub title: Option<Text>,
    /// The home page (channel) or the article (item): RSS `link`, Atom `rel="alternate"`.
    pub link: Option<Href>,
    link_rank: u8,
    /// Atom `rel="next"` (RFC 5005 paging).
    pub next: Option<Href>,
    guid: Option<(String, bool, Base)>,
    atom_id: Option<String>,
    /// RSS 1.0's `rdf:about`, the item's URI.
    pub about: Option<String>,
    content_encoded: Option<(String, Base)>,
    xhtml_body: Option<(String, Base)>,
    /// RSS `description`, Atom `subtitle`: the channel's description, an item's body or summary.
    pub description: Option<Text>,
    description_base: Base,
    atom_content: Option<(Text, Base)>,
    content_src: Option<Href>,
    atom_summary: Option<(Text, Base)>,
    itunes_summary: Option<String>,
    people: Vec<Author>,
    creators: Vec<Author>,
    itunes_people: Vec<Author>,
    contributors: Vec<Author>,
    published: Option<(u8, String)>,
    updated: Option<(u8, String)>,
    /// Image candidates with their rank (lower wins).
    images: Vec<(u8, Href)>,
    files: Vec<File>,
    seconds: Option<u64>,
    tags: Vec<String>,
    /// `xml:lang` on the item, else its `language` or `dc:language`.
    pub language: Option<String>,
    /// An Atom document without the Atom namespace: its plain elements are Atom's.
    pub atom_plain: bool,
    /// `xml:lang` of the body fields read, by field: the language of the text shown.
    langs: Vec<(&'static str, String)>,
    media_title: Option<Text>,
}

fn keep_first(slot: &mut Option<(u8, String)>, rank: u8, text: String) {
    if !text.trim().is_empty() && slot.as_ref().is_none_or(|(held, _)| rank < *held) {
        *slot = Some((rank, text));
    }
}

impl Draft {
    /// Reads `fields` (the children of a channel or item) whose parent's base is `base`.
    pub fn read_fields<E: XmlTree>(&mut self, fields: &[E], base: &Base, budget: &Budget) {
        for field in fields {
            let base = base_of(field, base);
            let ns = match Ns::of(field.namespace()) {
                Ns::Plain if self.atom_plain => Ns::Atom,
                ns => ns,
            };
            let name = field.local_name();
            self.read_field(field, ns, name, base, budget);
        }
    }

    fn read_field<E: XmlTree>(&mut self, field: &E, ns: Ns, name: &str, base: Base, budget: &Budget) {
        let text = || field.text();
        match (ns, name) {
            (Ns::Plain, "title") if self.title.is_none() => self.title = Some(Text::Html(text())),
            (Ns::Atom, "title") if self.title.is_none() => {
                self.lang("title", field);
                self.title = atom_text(field);
            }
            (Ns::Dc, "title") if self.title.is_none() => self.title = Some(Text::Html(text())),
            (Ns::Plain, "link") => match field.attribute("href") {
                // Atom written without its namespace.
                Some(_) => self.atom_link(field, base),
                None => self.set_link(2, collapse(&text()), base),
            },
            (Ns::Atom, "link") => self.atom_link(field, base),
            (Ns::Plain, "guid") if self.guid.is_none() => {
                let permalink =
                    field.attribute("isPermaLink").is_none_or(|value| !value.trim().eq_ignore_ascii_case("false"));
                self.guid = Some((collapse(&text()), permalink, base));
            }
            (Ns::Atom, "id") if self.atom_id.is_none() => self.atom_id = Some(collapse(&text())),
            (Ns::Content, "encoded") if self.content_encoded.is_none() => {
                self.lang("content", field);
                self.content_encoded = Some((text(), base));
            }
            // XHTML's body, or a bare `body` as some RSS writers put it.
            (Ns::Xhtml, "body" | "div") | (Ns::Plain, "body") if self.xhtml_body.is_none() => {
                self.lang("xhtml", field);
                self.xhtml_body = Some((field.inner_markup(), base));
            }
            (Ns::Plain, "description") if self.description.is_none() => {
                self.lang("description", field);
                self.description = Some(Text::Html(text()));
                self.description_base = base;
            }
            (Ns::Atom, "subtitle" | "tagline") if self.description.is_none() => self.description = atom_text(field),
            (Ns::Dc, "description") if self.description.is_none() => {
                self.description = Some(Text::Html(text()));
                self.description_base = base;
            }
            (Ns::Atom, "content") if self.atom_content.is_none() && self.content_src.is_none() => {
                match field.attribute("src") {
                    Some(src) => self.content_src = Some((src, base)),
                    None => {
                        self.lang("content", field);
                        self.atom_content = atom_text(field).map(|text| (text, base));
                    }
                }
            }
            (Ns::Atom, "summary") if self.atom_summary.is_none() => {
                self.lang("summary", field);
                self.atom_summary = atom_text(field).map(|text| (text, base));
            }
            (Ns::Itunes, "summary" | "subtitle") if self.itunes_summary.is_none() => self.itunes_summary = Some(text()),
            (Ns::Itunes, "category") => self.itunes_categories(field, budget),
            (Ns::Media, "category") => self.tag(text()),
            (Ns::Media, "title") if self.media_title.is_none() => self.media_title = Some(Text::Plain(text())),
            // Not `managingEditor`: a news site's editor did not write each article.
            (Ns::Plain, "author") => {
                if field.children().is_empty() {
                    self.people.extend(person(&text(), &base));
                } else {
                    self.people.extend(atom_person(field, &base, budget));
                }
            }
            (Ns::Dc, "creator" | "author") => self.creators.extend(person(&text(), &base)),
            (Ns::Dc, "contributor") => self.contributors.extend(person(&text(), &base)),
            (Ns::Itunes, "author") => self.itunes_people.extend(person(&text(), &base)),
            (Ns::Atom, "author") => self.people.extend(atom_person(field, &base, budget)),
            (Ns::Atom, "contributor") => self.contributors.extend(atom_person(field, &base, budget)),
            (Ns::Plain, "pubDate") => keep_first(&mut self.published, 0, text()),
            (Ns::Dc, "date") => keep_first(&mut self.published, 1, text()),
            (Ns::Atom, "published") => keep_first(&mut self.published, 2, text()),
            (Ns::Atom, "issued") | (Ns::DcTerms, "issued") => keep_first(&mut self.published, 3, text()),
            (Ns::Atom, "created") | (Ns::DcTerms, "created") => keep_first(&mut self.published, 4, text()),
            (Ns::Atom, "updated") => keep_first(&mut self.updated, 0, text()),
            (Ns::Atom, "modified") | (Ns::DcTerms, "modified") => keep_first(&mut self.updated, 1, text()),
            (Ns::Plain, "enclosure") => {
                let mime = field.attribute("type").map(|mime| mime.trim().to_ascii_lowercase());
                let href = field.attribute("url");
                // An enclosed picture is the item's picture, not a file to download.
                let is_image = match (&mime, &href) {
                    (Some(mime), _) if !mime.is_empty() => mime.starts_with("image/"),
                    (_, Some(href)) => guess_mime(href, None).starts_with("image/"),
                    _ => false,
                };
                if is_image {
                    self.image(3, href, base);
                } else if let Some(href) = href {
                    self.files.push(File {
                        href: (href, base),
                        mime: field.attribute("type"),
                        size: field.attribute("length").and_then(|length| length.trim().parse().ok()),
                        seconds: None,
                        title: None,
                    });
                }
            }
            (Ns::Media, "content") => self.media_content(field, base, budget),
            (Ns::Media, "group") => {
                for child in budget.children(field) {
                    let child_base = base_of(&child, &base);
                    if Ns::of(child.namespace()) == Ns::Media {
                        match child.local_name() {
                            "content" => self.media_content(&child, child_base, budget),
                            "thumbnail" => self.image(1, child.attribute("url"), child_base),
                            _ => {}
                        }
                    }
                }
            }
            (Ns::Media, "thumbnail") => self.image(1, field.attribute("url"), base),
            (Ns::Itunes, "image") => self.image(2, field.attribute("href").or_else(|| Some(text())), base),
            (Ns::Itunes, "duration") if self.seconds.is_none() => self.seconds = duration(&text()),
            (Ns::Plain, "category") | (Ns::Dc, "subject") => self.tag(text()),
            (Ns::Atom, "category") => {
                // The term, as other readers show it; the label only when there is no term.
                let term = field.attribute("term").filter(|term| !term.trim().is_empty());
                if let Some(tag) = term.or_else(|| field.attribute("label")) {
                    self.tag(tag);
                }
            }
            (Ns::Plain | Ns::Dc, "language") if self.language.is_none() => {
                self.language = super::language_tag(&text());
            }
            (Ns::Atom, "icon") => self.image(0, Some(text()), base),
            (Ns::Atom, "logo") => self.image(3, Some(text()), base),
            (Ns::Plain, "image") => {
                let url = budget.children(field).into_iter().find(|child| child.local_name() == "url");
                if let Some(url) = url {
                    let url_base = base_of(&url, &base);
                    self.image(1, Some(url.text()), url_base);
                } else if let Some(href) = field.attribute_ns(super::parts::RDF_NS, "resource") {
                    self.image(1, Some(href), base);
                }
            }
            _ => {}
        }
    }

    fn lang<E: XmlTree>(&mut self, key: &'static str, field: &E) {
        if let Some(lang) = super::lang_of(field) {
            self.langs.push((key, lang));
        }
    }

    fn lang_for(&self, key: &str) -> Option<String> {
        self.langs.iter().find(|(found, _)| *found == key).map(|(_, lang)| lang.clone())
    }

    /// iTunes categories (`text` attributes, subcategories nested inside) as tags.
    fn itunes_categories<E: XmlTree>(&mut self, field: &E, budget: &Budget) {
        if let Some(text) = field.attribute("text") {
            self.tag(text);
        }
        for child in budget.children(field) {
            if let Some(text) = child.attribute("text") {
                self.tag(text);
            }
        }
    }

    fn set_link(&mut self, rank: u8, href: String, base: Base) {
        if !href.is_empty() && (self.link.is_none() || rank < self.link_rank) {
            self.link = Some((href, base));
            self.link_rank = rank;
        }
    }

    /// An Atom `link`: the article (`alternate`, HTML first), the next page, or a file.
    fn atom_link<E: XmlTree>(&mut self, field: &E, base: Base) {
        let Some(href) = field.attribute("href").map(|href| href.trim().to_owned()) else { return };
        let rel = field.attribute("rel").map(|rel| rel.trim().to_ascii_lowercase()).unwrap_or_default();
        let kind = field.attribute("type").map(|kind| kind.trim().to_ascii_lowercase());
        match rel.as_str() {
            "" | "alternate" | "http://www.iana.org/assignments/relation/alternate" => {
                let html = kind.as_deref().is_none_or(|kind| kind == "text/html" || kind == "application/xhtml+xml");
                self.set_link(if html { 0 } else { 1 }, href, base);
            }
            "next" if self.next.is_none() => self.next = Some((href, base)),
            "enclosure" => self.files.push(File {
                href: (href, base),
                mime: kind,
                size: field.attribute("length").and_then(|length| length.trim().parse().ok()),
                seconds: None,
                title: field.attribute("title"),
            }),
            _ => {}
        }
    }

    /// A Media RSS `content`: an image is a picture of the item, anything else a file.
    fn media_content<E: XmlTree>(&mut self, field: &E, base: Base, budget: &Budget) {
        for child in budget.children(field) {
            if Ns::of(child.namespace()) == Ns::Media && child.local_name() == "thumbnail" {
                let child_base = base_of(&child, &base);
                self.image(1, child.attribute("url"), child_base);
            }
        }
        let Some(href) = field.attribute("url") else { return };
        let mime = field.attribute("type").filter(|mime| !mime.trim().is_empty());
        let medium = field.attribute("medium");
        let is_image = match (&mime, medium.as_deref()) {
            (Some(mime), _) => mime.trim().to_ascii_lowercase().starts_with("image/"),
            (None, Some(medium)) => medium.trim() == "image",
            (None, None) => guess_mime(&href, None).starts_with("image/"),
        };
        // The full picture ranks before its thumbnail.
        if is_image {
            self.image(0, Some(href), base);
            return;
        }
        self.files.push(File {
            href: (href.clone(), base),
            mime: mime.or_else(|| Some(guess_mime(&href, medium.as_deref()))),
            size: field.attribute("fileSize").and_then(|size| size.trim().parse().ok()),
            seconds: field.attribute("duration").and_then(|seconds| duration(&seconds)),
            title: None,
        });
    }

    fn image(&mut self, rank: u8, href: Option<String>, base: Base) {
        if let Some(href) = href.map(|href| href.trim().to_owned()).filter(|href| !href.is_empty()) {
            self.images.push((rank, (href, base)));
        }
    }

    fn tag(&mut self, tag: String) {
        let tag = collapse(&tag);
        if !tag.is_empty() && !self.tags.contains(&tag) {
            self.tags.push(tag);
        }
    }

    /// The people credited: authors (Atom, RSS, Dublin Core), else iTunes', then contributors.
    pub fn authors(&self) -> Vec<Author> {
        let mut authors: Vec<Author> = Vec::new();
        let main = self.people.iter().chain(&self.creators);
        let main: Vec<&Author> = if self.people.is_empty() && self.creators.is_empty() {
            self.itunes_people.iter().collect()
        } else {
            main.collect()
        };
        for author in main.into_iter().chain(&self.contributors) {
            if !authors.iter().any(|known| known.name == author.name) {
                authors.push(author.clone());
            }
        }
        authors
    }

    /// A channel's description as plain text: its own, else iTunes' summary or subtitle.
    pub fn description_text(&self) -> Option<String> {
        let own = self.description.as_ref().map(Text::plain).filter(|text| !text.is_empty());
        own.or_else(|| self.itunes_summary.as_deref().map(collapse).filter(|text| !text.is_empty()))
    }

    /// The feed's small image: Atom `icon`, else the RSS `image`, else iTunes', else Atom `logo`.
    pub fn feed_icon(&self) -> Option<String> {
        self.best_image()
    }

    fn best_image(&self) -> Option<String> {
        let mut images: Vec<&(u8, Href)> = self.images.iter().collect();
        images.sort_by_key(|(rank, _)| *rank);
        images.into_iter().find_map(|(_, (href, base))| url::safe_image(base, href))
    }

    /// The item these fields describe; `base` is the item's own base, `feed_url` the feed's.
    pub fn into_item(mut self, base: &Base, feed_url: &str, feed_authors: &[Author]) -> Item {
        let link = self.link.as_ref().and_then(|(href, base)| url::safe_link(base, href));
        let permalink = self.guid.as_ref().filter(|(_, permalink, _)| *permalink).and_then(|(guid, _, base)| {
            // A guid is a permalink only when it reads as an absolute web address.
            let absolute = guid.starts_with("http://") || guid.starts_with("https://");
            absolute.then(|| url::safe_link(base, guid)).flatten()
        });
        let about = self.about.as_deref().and_then(|about| url::safe_link(base, about));
        let content_src = self.content_src.as_ref().and_then(|(href, base)| url::safe_link(base, href));
        let url = link.or(permalink).or(about).or(content_src);
        let title =
            self.title.as_ref().or(self.media_title.as_ref()).map(Text::plain).filter(|title| !title.is_empty());

        // The body, in the formats' order of preference, with the base its URLs resolve against.
        // Taken, not copied: the bodies are most of a feed's bytes.
        let description = self.description.take().filter(|text| !text.is_blank());
        let atom_summary = self.atom_summary.take().filter(|(text, _)| !text.is_blank());
        let (body, body_base, summary, body_key) =
            if let Some((html, base)) = self.content_encoded.take().filter(|(html, _)| !html.trim().is_empty()) {
                (BodySource::Html(html), base, description.as_ref().map(Text::plain), "content")
            } else if let Some((html, base)) = self.xhtml_body.take() {
                (BodySource::Html(html), base, description.as_ref().map(Text::plain), "xhtml")
            } else if let Some((text, base)) = self.atom_content.take().filter(|(text, _)| !text.is_blank()) {
                (body_of(text), base, atom_summary.as_ref().map(|(text, _)| text.plain()), "content")
            } else if let Some(text) = description {
                let description_base =
                    if self.description_base.is_empty() { base.clone() } else { self.description_base.clone() };
                (body_of(text), description_base, None, "description")
            } else if let Some((text, base)) = atom_summary {
                (body_of(text), base, None, "summary")
            } else if let Some(text) = self.itunes_summary.take().filter(|text| !text.trim().is_empty()) {
                (BodySource::Text(text), base.clone(), None, "")
            } else {
                (BodySource::Empty, base.clone(), None, "")
            };
        let summary = summary.filter(|summary| !summary.is_empty());

        let published_text = self.published.as_ref().map(|(_, text)| text.as_str()).unwrap_or_default();
        let updated_text = self.updated.as_ref().map(|(_, text)| text.as_str()).unwrap_or_default();
        let modified = date::parse(updated_text);
        // A reader wants a date on every item; an Atom entry that gives only `updated` shows it.
        let published = date::parse(published_text).or(modified);

        let id = [
            self.guid.as_ref().map(|(guid, _, _)| guid.clone()),
            self.atom_id.clone(),
            url.clone(),
            self.about.clone(),
        ]
        .into_iter()
        .flatten()
        .find(|id| !id.is_empty())
        .unwrap_or_else(|| {
            let title = title.as_deref().unwrap_or_default();
            if title.is_empty() && published_text.is_empty() && updated_text.is_empty() {
                let text = match &body {
                    BodySource::Html(text) | BodySource::Text(text) | BodySource::Markdown(text) => text.as_str(),
                    BodySource::Empty => "",
                };
                stable_id(&[text])
            } else {
                stable_id(&[title, published_text.trim(), updated_text.trim()])
            }
        });

        let mut attachments: Vec<Attachment> = Vec::new();
        for file in &self.files {
            let Some(url) = url::safe_link(&file.href.1, file.href.0.trim()) else { continue };
            if attachments.iter().any(|known| known.url == url) {
                continue;
            }
            let mime_type = file
                .mime
                .as_deref()
                .map(str::trim)
                .filter(|mime| !mime.is_empty())
                .map_or_else(|| guess_mime(&url, None), str::to_owned);
            let playable = mime_type.starts_with("audio/") || mime_type.starts_with("video/");
            attachments.push(Attachment {
                url,
                mime_type,
                title: file.title.as_deref().map(collapse).filter(|title| !title.is_empty()),
                size_in_bytes: file.size.filter(|size| *size > 0),
                duration_in_seconds: file.seconds.or(if playable { self.seconds } else { None }),
            });
        }
        let image = self.best_image();
        let authors = self.authors();
        Item {
            id,
            url,
            title,
            authors: if authors.is_empty() { feed_authors.to_vec() } else { authors },
            published,
            modified,
            summary,
            image,
            tags: std::mem::take(&mut self.tags),
            language: self.language.clone().or_else(|| self.lang_for(body_key)).or_else(|| self.lang_for("title")),
            body,
            attachments,
            base_url: (&*body_base != feed_url).then(|| body_base.to_string()),
        }
    }
}

fn body_of(text: Text) -> BodySource {
    match text {
        Text::Html(html) => BodySource::Html(html),
        Text::Plain(text) => BodySource::Text(text),
    }
}

/// A person written as text (RSS `author`, `dc:creator`, `itunes:author`).
fn person(text: &str, base: &str) -> Option<Author> {
    let (name, url) = rss_person(text)?;
    Some(Author { name, url: url.and_then(|url| url::safe_link(base, &url)), avatar: None })
}

/// An Atom person construct: `name`, `uri` (Atom 0.3: `url`), `email`.
fn atom_person<E: XmlTree>(field: &E, base: &Base, budget: &Budget) -> Option<Author> {
    let mut name = None;
    let mut uri = None;
    let mut email = None;
    for child in budget.children(field) {
        let value = collapse(&child.text());
        if value.is_empty() {
            continue;
        }
        match child.local_name() {
            "name" => name = name.or(Some(value)),
            "uri" | "url" | "homepage" => uri = uri.or(Some((value, base_of(&child, base)))),
            "email" => email = email.or(Some(value)),
            _ => {}
        }
    }
    let url = uri
        .and_then(|(uri, base)| url::safe_link(&base, &uri))
        .or_else(|| email.as_ref().and_then(|email| url::safe_link(base, &format!("mailto:{email}"))));
    let name = name.or(email)?;
    Some(Author { name, url, avatar: None })
}
