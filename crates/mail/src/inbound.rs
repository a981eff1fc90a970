//! Incoming mail parsed into plain values with mail-parser: every MIME shape,
//! quoted-printable and base64, legacy charsets (ISO-8859-1, Windows-1252) and
//! encoded words in headers. No business rules and no HTML cleaning here: the
//! HTML is handed on as it came, for the caller to sanitise before display.

use mail_parser::{Address, HeaderValue, MessageParser, MimeHeaders};

/// The largest number of attachments kept from one message.
pub const MAX_ATTACHMENTS: usize = 50;

/// A received message, decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InboundMail {
    /// Without angle brackets.
    pub message_id: Option<String>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    pub subject: String,
    pub from_address: Option<String>,
    pub from_name: Option<String>,
    /// Unverified: shown as such, never used to decide where a reply goes without a person's choice.
    pub reply_to: Option<String>,
    /// The Return-Path a delivering server recorded (the envelope sender; empty for the
    /// null sender of bounces), for mail fetched from a mailbox rather than over SMTP.
    pub return_path: Option<String>,
    /// The To and Cc addresses, lower-case.
    pub to: Vec<String>,
    pub text: String,
    /// The HTML alternative as received (unsafe until sanitised).
    pub html: Option<String>,
    pub attachments: Vec<InboundAttachment>,
    /// An auto-reply, bounce or bulk mail (`Auto-Submitted`, `Precedence`, `X-Autoreply`,
    /// delivery reports): it must not be answered automatically.
    pub automatic: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundAttachment {
    /// As the sender named it (untrusted; make it safe before use).
    pub file_name: String,
    /// As declared by the sender (untrusted).
    pub content_type: String,
    pub content: Vec<u8>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("the message has no header section")]
    NoHeaders,
}

fn ids(value: &HeaderValue<'_>) -> Vec<String> {
    let trim = |s: &str| s.trim().trim_start_matches('<').trim_end_matches('>').to_owned();
    match value {
        HeaderValue::Text(t) => t.split_whitespace().map(trim).filter(|s| !s.is_empty()).collect(),
        HeaderValue::TextList(list) => list.iter().map(|s| trim(s)).filter(|s| !s.is_empty()).collect(),
        _ => Vec::new(),
    }
}

fn first_address(address: Option<&Address<'_>>) -> (Option<String>, Option<String>) {
    match address.and_then(Address::first) {
        Some(addr) => (addr.address().map(str::to_owned), addr.name().map(str::to_owned)),
        None => (None, None),
    }
}

/// The text a reader sees in an HTML body: tags dropped, entities decoded.
pub fn html_text(html: &str) -> String {
    mail_parser::decoders::html::html_to_text(html)
}

/// Parses one message as received over SMTP or IMAP.
pub fn parse(raw: &[u8]) -> Result<InboundMail, ParseError> {
    let message = MessageParser::default().parse(raw).ok_or(ParseError::NoHeaders)?;
    if message.headers().is_empty() {
        return Err(ParseError::NoHeaders);
    }
    let (from_address, from_name) = first_address(message.from());
    let (reply_to, _) = first_address(message.reply_to());
    let header_text = |name: &str| message.header_raw(name).map(|v| v.trim().to_ascii_lowercase());
    let auto_submitted = header_text("Auto-Submitted").is_some_and(|v| !v.starts_with("no"));
    let precedence =
        header_text("Precedence").is_some_and(|v| ["bulk", "junk", "list", "auto_reply"].contains(&v.as_str()));
    let report = message.content_type().is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case("multipart") && ct.subtype().is_some_and(|s| s.eq_ignore_ascii_case("report"))
    });
    let automatic = auto_submitted
        || precedence
        || report
        || message.header_raw("X-Autoreply").is_some()
        || message.header_raw("X-Autorespond").is_some();
    let attachments = message
        .attachments()
        .take(MAX_ATTACHMENTS)
        .map(|part| InboundAttachment {
            file_name: part.attachment_name().unwrap_or("attachment").to_owned(),
            content_type: part
                .content_type()
                .map(|ct| match ct.subtype() {
                    Some(sub) => format!("{}/{}", ct.ctype(), sub),
                    None => ct.ctype().to_owned(),
                })
                .unwrap_or_else(|| "application/octet-stream".into())
                .to_ascii_lowercase(),
            content: part.contents().to_vec(),
        })
        .collect();
    Ok(InboundMail {
        message_id: message.message_id().map(|id| id.trim_matches(['<', '>']).to_owned()),
        in_reply_to: ids(message.in_reply_to()),
        references: ids(message.references()),
        subject: message.subject().unwrap_or_default().trim().to_owned(),
        from_address,
        from_name,
        reply_to,
        return_path: message
            .header_raw("Return-Path")
            .map(|v| v.trim().trim_start_matches('<').trim_end_matches('>').trim().to_owned()),
        to: message
            .to()
            .into_iter()
            .chain(message.cc())
            .flat_map(|a| a.iter())
            .filter_map(|a| a.address().map(str::to_ascii_lowercase))
            .collect(),
        // With no text part, mail-parser derives the text from the HTML part.
        text: message.body_text(0).map(|t| t.replace("\r\n", "\n")).unwrap_or_default(),
        html: message.html_bodies().next().and_then(|p| p.text_contents()).map(str::to_owned),
        attachments,
        automatic,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_reply_with_threading_headers() {
        let raw = b"From: =?ISO-8859-1?Q?K=E5re_Ny?= <kare@example.se>\r\nTo: bygglov@kommun.se\r\n\
Subject: =?UTF-8?Q?Re:_[#12]_F=C3=B6rr=C3=A5d?=\r\nMessage-ID: <abc@example.se>\r\n\
In-Reply-To: <case-12@kommun.se>\r\nReferences: <case-12@kommun.se> <x@y>\r\n\r\nHej!\r\n";
        let mail = parse(raw).unwrap();
        assert_eq!(mail.from_name.as_deref(), Some("Kåre Ny"));
        assert_eq!(mail.from_address.as_deref(), Some("kare@example.se"));
        assert_eq!(mail.subject, "Re: [#12] Förråd");
        assert_eq!(mail.message_id.as_deref(), Some("abc@example.se"));
        assert_eq!(mail.in_reply_to, ["case-12@kommun.se"]);
        assert_eq!(mail.references, ["case-12@kommun.se", "x@y"]);
        assert_eq!(mail.text.trim(), "Hej!");
        assert!(!mail.automatic);
    }

    #[test]
    fn windows_1252_multipart_with_attachment_and_html() {
        let raw = b"From: a@b.se\r\nSubject: test\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"o\"\r\n\r\n--o\r\n\
Content-Type: multipart/alternative; boundary=\"i\"\r\n\r\n--i\r\n\
Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
R=E4kning =80 100\r\n--i\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>R\xc3\xa4kning</p><script>x</script>\r\n--i--\r\n\
--o\r\nContent-Type: application/pdf; name=\"faktura.pdf\"\r\nContent-Disposition: attachment; filename=\"faktura.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--o--\r\n";
        let mail = parse(raw).unwrap();
        assert_eq!(mail.text.trim(), "Räkning € 100");
        assert!(mail.html.as_deref().unwrap().contains("<script>"), "HTML is passed on raw for the caller to clean");
        assert_eq!(mail.attachments.len(), 1);
        assert_eq!(mail.attachments[0].file_name, "faktura.pdf");
        assert_eq!(mail.attachments[0].content_type, "application/pdf");
        assert_eq!(mail.attachments[0].content, b"%PDF-1.4\n");
    }

    #[test]
    fn auto_replies_and_reports_are_marked() {
        for header in ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"] {
            let raw = format!("From: a@b.se\r\n{header}\r\nSubject: Frånvaro\r\n\r\nJag är borta.\r\n");
            assert!(parse(raw.as_bytes()).unwrap().automatic, "{header}");
        }
        let raw = b"From: a@b.se\r\nAuto-Submitted: no\r\nSubject: x\r\n\r\ny\r\n";
        assert!(!parse(raw).unwrap().automatic);
        let report = b"From: MAILER-DAEMON@x\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n\r\nfail\r\n--b--\r\n";
        assert!(parse(report).unwrap().automatic);
    }

    #[test]
    fn garbage_does_not_panic() {
        for raw in [&b""[..], b"\r\n\r\n", b"\xff\xfe\x00garbage", b"Subject: only\r\n"] {
            let _ = parse(raw);
        }
    }
}
