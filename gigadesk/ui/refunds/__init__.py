"""Refunds in the window: the flow, the confirmation dialog, bulk refund."""
