//! Received mail is hostile: parsing any bytes must return, never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(mail) = mail::inbound::parse(data) {
        // What intake derives from it must not panic either.
        let _ = domain::cases::case_number_in_subject(&mail.subject);
        let _ = domain::cases::reply_subject(1, &mail.subject);
    }
});
