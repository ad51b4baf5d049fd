CREATE TABLE `arbitrations` (
	`case_id` text PRIMARY KEY NOT NULL,
	`agreement_form` text NOT NULL,
	`agreement_source` text NOT NULL,
	`agreement_signed_on` text,
	`agreement_commission` text,
	`agreement_wording` text,
	`secretary` text,
	`handling` text DEFAULT '[]' NOT NULL,
	`acceptance_fee_fen` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
