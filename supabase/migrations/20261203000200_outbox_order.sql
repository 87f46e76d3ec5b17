-- The outbox relay (lib/automation/relay) delivers events in the order they were written. The
-- transaction's start time (created_at) is not that order: a transaction that started first can
-- write its event last. A sequence number taken at the insert is.

alter table automation.outbox add column seq bigint generated always as identity;

drop index automation.outbox_undelivered_idx;
create index outbox_undelivered_idx on automation.outbox (seq) where delivered_at is null;
