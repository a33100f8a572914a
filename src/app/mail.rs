//! The invitation email leaving partnerdesk: a `mailto:` URL for the default mail app, an
//! `.eml` file, and the text put on the operator's clipboard.

use crate::domain::Timestamp;
use crate::domain::invitation::EmailDraft;
use mail_builder::MessageBuilder;
use mail_builder::headers::raw::Raw;

/// Percent-encodes everything but RFC 3986's unreserved characters (RFC 6068 asks no less).
/// Hand-written: a dozen lines, and mail clients want `%20`, never `+`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `mailto:` with subject and body; line breaks as CRLF, as RFC 6068 asks.
pub fn mailto(to: &str, email: &EmailDraft) -> String {
    let body = email.body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!("mailto:{}?subject={}&body={}", encode(to), encode(&email.subject), encode(&body))
}

/// An RFC 5322 message for mail apps that open `.eml` files, built by `mail-builder`: a `Date`
/// (`at`), a `Message-ID` on the sender's domain, a UTF-8 subject in encoded words of at most 75
/// characters on folded lines, the body in the transfer encoding it needs; `X-Unsent: 1` makes
/// Outlook open it as a draft to send. `id` makes the Message-ID unique (the invitation's id).
pub fn eml(from: &str, to: &str, email: &EmailDraft, at: Timestamp, id: &str) -> String {
    let domain = from.rsplit_once('@').map_or("partnerdesk.invalid", |(_, d)| d);
    let message_id = format!("{id}.{}.partnerdesk@{domain}", at.timestamp_micros());
    let body = email.body.replace("\r\n", "\n").replace('\n', "\r\n");
    MessageBuilder::new()
        .from(from)
        .to(to)
        .subject(email.subject.as_str())
        .date(at.timestamp())
        .message_id(message_id)
        .header("X-Unsent", Raw::new("1"))
        .text_body(body)
        .write_to_string()
        // Writing into a String cannot fail; an empty draft is what would be saved if it did.
        .unwrap_or_default()
}

/// The text copied to the clipboard: the subject, then the body.
pub fn clipboard_text(email: &EmailDraft) -> String {
    format!("{}\n\n{}", crate::t!("clipboard-subject", subject = &email.subject), email.body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> EmailDraft {
        EmailDraft { subject: "Lời mời & hợp tác".into(), body: "Xin chào,\nhttps://x/?a=1&b=2#/p".into() }
    }

    #[test]
    fn mailto_encodes_subject_body_and_line_breaks() {
        let url = mailto("an@minhphat.vn", &draft());
        assert!(url.starts_with("mailto:an%40minhphat.vn?subject=L%E1%BB%9Di%20m%E1%BB%9Di%20%26%20"));
        assert!(url.contains("&body=Xin%20ch%C3%A0o%2C%0D%0Ahttps%3A%2F%2Fx%2F%3Fa%3D1%26b%3D2%23%2Fp"));
    }

    #[test]
    fn an_eml_draft_reads_back_as_written_with_date_id_and_short_encoded_words() {
        let long = EmailDraft {
            subject: "Công ty Cổ phần Giải pháp Đám mây Sao Mai mời Công ty TNHH Hải Âu Cần Thơ tham gia mối quan hệ đại lý Microsoft".into(),
            body: "Xin chào,\n\nhttps://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=208c1e45-4bd7-4438-9172-7e708e59fcc5&msppId=0&DAP=true#/BillingAccounts/partner-invitation\n\nTrân trọng,\nNguyễn Thị Mai".into(),
        };
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T09:00:00Z").unwrap().to_utc();
        let m = eml("lan@saomai.vn", "an@minhphat.vn", &long, at, "INV-12");
        for line in m.split("\r\n").take_while(|l| !l.is_empty()) {
            assert!(line.len() <= 78, "a header line of {} characters: {line}", line.len());
            for word in line.split_whitespace().filter(|w| w.starts_with("=?")) {
                assert!(word.len() <= 75, "an encoded word of {} characters: {word}", word.len());
            }
        }
        let parsed = mail_parser::MessageParser::default().parse(m.as_bytes()).expect("a message");
        assert_eq!(parsed.subject(), Some(long.subject.as_str()));
        assert_eq!(parsed.body_text(0).map(|b| b.replace("\r\n", "\n")), Some(long.body.clone()), "the link intact");
        assert_eq!(parsed.date().map(|d| d.to_timestamp()), Some(at.timestamp()));
        let id = parsed.message_id().unwrap_or_default();
        assert!(id.starts_with("INV-12.") && id.ends_with("@saomai.vn"), "{id}");
        assert_eq!(parsed.header_raw("X-Unsent").map(str::trim), Some("1"));
        assert_eq!(parsed.to().and_then(|t| t.first()).and_then(|a| a.address()), Some("an@minhphat.vn"));
    }
}
