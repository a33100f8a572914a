//! Every string a person reads, in one place, so translations (the seeds are Vietnamese,
//! Turkish and Chinese pages) have one folder to follow: the screens' words by tab, and the
//! sentences of the domain's typed messages (`Msg`) and the names of its inputs and values.
//! The domain names what happened; this module says it in English.

mod book;
mod countries;
mod customers;
mod inputs;
mod invitations;
mod labels;
mod letters;
mod offers;
mod partners;
mod permissions;
mod refusals;
mod screens;
mod setup;
mod tenant;

pub use customers::*;
pub use invitations::*;
pub use offers::*;
pub use partners::*;
pub use permissions::*;
pub use screens::*;
pub use setup::*;
pub use tenant::*;
