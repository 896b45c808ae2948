//! Self-raised funds: 28 households, 2,000 yuan, and a surplus refunded to the fen.

mod common;

use common::*;
use gongzhi_core::model::*;
use gongzhi_core::rules::funds::{
    contributions, contributors, parse_payments, refund_plan, EntryProblem,
};
use gongzhi_core::{Fen, HouseholdId, Payload, Refusal};

fn riverside(t: &mut Town) -> Vec<HouseholdId> {
    (0..28)
        .map(|i| {
            let (b, u) = (1 + i / 14, 1 + (i / 7) % 2);
            let id = format!("51**{i:02}");
            t.household(
                b,
                u,
                &format!("{}", 101 + i % 7),
                registered(8_000),
                owners(&[("户主", &id)]),
            )
        })
        .collect()
}

#[test]
fn twenty_eight_households_raise_2000_yuan_for_the_cherry_trees() {
    let mut t = Town::new(2);
    let flats = riverside(&mut t);
    let fund = t.submit(Payload::FundOpened {
        title: "沿河樱花树".into(),
        scope: Scope::Compound(t.compound),
        target: yuan(2_000),
        proposal: None,
    });
    // 20 households give 70 yuan, 8 give 75: 1,400 + 600.
    let text: String = flats
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let label = &t.record.state().households[h].label;
            format!("{label} {}\n", if i < 20 { "70" } else { "75元" })
        })
        .collect();
    let payments = parse_payments(t.record.state(), &Scope::Community, &text).unwrap();
    assert_eq!(payments.len(), 28);
    for (household, amount) in payments {
        t.submit(Payload::FundReceived {
            fund,
            household,
            amount,
        });
    }
    let f = &t.record.state().funds[&fund];
    assert_eq!((f.received, contributors(f)), (yuan(2_000), 28));
    t.submit(Payload::ActivityHeld {
        title: "植树节种下 50 棵樱花树".into(),
        organisation: None,
        at_ms: T0,
        participants: 41,
        note: String::new(),
        fund: Some(fund),
    });
    t.submit_at(
        T0 + HOUR,
        Payload::FundSpent {
            payee: " 锦江区花木场 ".into(),
            fund,
            description: "樱花树苗 50 棵".into(),
            amount: yuan(1_800),
            paid_on_ms: None,
        },
    );
    let spent = &t.record.state().funds[&fund].expenses[0];
    assert_eq!(
        (spent.payee.as_str(), spent.wall_ms, spent.amount),
        ("锦江区花木场", T0 + HOUR, yuan(1_800))
    );
    let over = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::FundSpent {
            payee: String::new(),
            fund,
            description: "工具".into(),
            amount: Fen(20_001),
            paid_on_ms: None,
        },
    );
    assert_eq!(
        over.unwrap_err(),
        Refusal::FundOverdrawn {
            fund_title: "沿河樱花树".into(),
            balance: yuan(200)
        }
    );
    // 200 yuan left, shared by what each paid: 70/2000 of 200 is 7 yuan, 75/2000 is 7.50.
    let f = &t.record.state().funds[&fund];
    let plan = refund_plan(f);
    assert_eq!(plan.iter().map(|p| p.1 .0).sum::<i64>(), 20_000);
    assert!(plan.iter().all(|(h, fen)| {
        let paid = f.receipts[h];
        *fen == if paid == yuan(70) { Fen(700) } else { Fen(750) }
    }));
    t.submit(Payload::FundSettled {
        fund,
        surplus: Surplus::Refund,
    });
    let again = t.record.submit(
        &t.admin,
        T0,
        "a",
        Payload::FundReceived {
            fund,
            household: flats[0],
            amount: yuan(1),
        },
    );
    assert!(matches!(again, Err(Refusal::FundSettled { .. })));
    // Refunded, the surplus has left the fund: nothing is in hand, and the plan still shows
    // what each household got back.
    let f = &t.record.state().funds[&fund];
    assert_eq!((f.balance(), f.surplus()), (Fen(0), yuan(200)));
    assert_eq!(refund_plan(f), plan);
    let rows = contributions(t.record.state(), &t.record.state().funds[&fund]);
    assert_eq!(rows.len(), 28);
    assert!(rows.windows(2).all(|w| w[0].label <= w[1].label));
}

#[test]
fn a_refund_that_does_not_divide_evenly_still_adds_up_to_the_fen() {
    let mut t = Town::new(1);
    let a = t.household(1, 1, "101", registered(8_000), owners(&[("甲", "1")]));
    let b = t.household(1, 1, "102", registered(8_000), owners(&[("乙", "2")]));
    let c = t.household(1, 1, "103", registered(8_000), owners(&[("丙", "3")]));
    let fund = t.submit(Payload::FundOpened {
        title: "x".into(),
        scope: Scope::Community,
        target: yuan(300),
        proposal: None,
    });
    for h in [a, b, c] {
        t.submit(Payload::FundReceived {
            fund,
            household: h,
            amount: yuan(100),
        });
    }
    t.submit(Payload::FundSpent {
        payee: String::new(),
        fund,
        description: "y".into(),
        amount: Fen(29_999),
        paid_on_ms: None,
    });
    // One fen left for three equal payers: it goes to the earliest registered.
    let plan = refund_plan(&t.record.state().funds[&fund]);
    assert_eq!(plan, vec![(a, Fen(1))]);
}

#[test]
fn a_pasted_list_names_every_bad_line_and_takes_nothing_then() {
    let mut t = Town::new(1);
    let a = t.household(1, 1, "101", registered(8_000), owners(&[("甲", "1")]));
    let code = household_code(&a);
    let state = t.record.state();
    assert_eq!(
        parse_payments(
            state,
            &Scope::Community,
            &format!("\n{} 50\n", code.to_lowercase())
        )
        .unwrap(),
        vec![(a, yuan(50))]
    );
    let problems = parse_payments(
        state,
        &Scope::Community,
        "1-1-101 50\n9-9-909 20\n1-1-101 10\n1-1-101\n1-1-101 abc\n1-1-101 0",
    )
    .unwrap_err();
    assert_eq!(
        problems.iter().map(|p| p.0).collect::<Vec<_>>(),
        vec![2, 3, 4, 5, 6]
    );
    assert_eq!(problems[0].1, EntryProblem::UnknownFlat("9-9-909".into()));
    assert_eq!(problems[1].1, EntryProblem::Repeated("1-1-101".into()));
    assert_eq!(problems[2].1, EntryProblem::Shape);
    assert!(matches!(problems[3].1, EntryProblem::Amount(_)));
    assert_eq!(problems[4].1, EntryProblem::Zero);
}

#[test]
fn an_expense_is_listed_under_the_day_it_was_paid_never_a_day_to_come() {
    let mut t = Town::new(2);
    let flats = riverside(&mut t);
    let fund = t.submit(Payload::FundOpened {
        title: "楼道绿植".into(),
        scope: Scope::Community,
        target: yuan(100),
        proposal: None,
    });
    t.submit(Payload::FundReceived {
        fund,
        household: flats[0],
        amount: yuan(100),
    });
    // An expense paid days before it is entered is listed under the day it was paid; one dated
    // after its own record's time is refused (entered once paid), whatever it says.
    let dated = |paid_on_ms| Payload::FundSpent {
        payee: String::new(),
        fund,
        description: "浇水壶".into(),
        amount: yuan(10),
        paid_on_ms: Some(paid_on_ms),
    };
    assert_eq!(
        t.record
            .submit(&t.admin, T0 + HOUR, "a", dated(T0 + HOUR + 1))
            .unwrap_err(),
        Refusal::PaidInFuture {
            on_ms: T0 + HOUR + 1
        }
    );
    t.submit_at(T0 + HOUR, dated(T0 - 3 * DAY));
    let back_dated = &t.record.state().funds[&fund].expenses[0];
    assert_eq!(
        (back_dated.day_ms(), back_dated.wall_ms),
        (T0 - 3 * DAY, T0 + HOUR)
    );
    // Undated, it is the day it was recorded.
    t.submit_at(
        T0 + HOUR,
        Payload::FundSpent {
            payee: String::new(),
            fund,
            description: "花盆".into(),
            amount: yuan(10),
            paid_on_ms: None,
        },
    );
    assert_eq!(
        t.record.state().funds[&fund].expenses[1].day_ms(),
        T0 + HOUR
    );
}
