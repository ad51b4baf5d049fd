CREATE TABLE `case_agents` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`party_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`firm` text,
	`license_no` text,
	`id_number` text,
	`phone` text,
	`authority` text NOT NULL,
	`special_powers` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`party_id`) REFERENCES `case_parties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_agents_case_idx` ON `case_agents` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_agents_party_idx` ON `case_agents` (`party_id`);--> statement-breakpoint
CREATE INDEX `case_agents_name_idx` ON `case_agents` (`name`);--> statement-breakpoint
CREATE TABLE `case_agreements` (
	`case_id` text PRIMARY KEY NOT NULL,
	`number` text,
	`facts` text,
	`signed_on` text,
	`effective_on` text,
	`copies` integer,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `case_enforcements` (
	`case_id` text PRIMARY KEY NOT NULL,
	`route` text NOT NULL,
	`court` text,
	`applied_on` text,
	`accepted_on` text,
	`court_case_number` text,
	`ruling_number` text,
	`ruled_on` text,
	`result` text,
	`reason` text,
	`notary_office` text,
	`arbitration_commission` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_enforcements_route_result_idx` ON `case_enforcements` (`route`,`result`);--> statement-breakpoint
CREATE TABLE `case_follow_ups` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`position` integer NOT NULL,
	`on_date` text NOT NULL,
	`method` text NOT NULL,
	`performance` text NOT NULL,
	`satisfaction` integer,
	`lawsuit` text,
	`note` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_follow_ups_case_idx` ON `case_follow_ups` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_ip_rights` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`number` text,
	`title` text NOT NULL,
	`holder` text,
	`classes` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_ip_rights_case_idx` ON `case_ip_rights` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_ip_rights_number_idx` ON `case_ip_rights` (`number`);--> statement-breakpoint
CREATE TABLE `case_mediators` (
	`case_id` text NOT NULL,
	`mediator_id` text NOT NULL,
	`role` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`case_id`, `mediator_id`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mediator_id`) REFERENCES `mediators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_mediators_mediator_idx` ON `case_mediators` (`mediator_id`);--> statement-breakpoint
CREATE TABLE `case_number_sequences` (
	`year` integer PRIMARY KEY NOT NULL,
	`next_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_parties` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`position` integer NOT NULL,
	`role` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`gender` text,
	`birth_date` text,
	`ethnicity` text,
	`occupation` text,
	`employer` text,
	`id_type` text,
	`id_number` text,
	`uscc` text,
	`representative_name` text,
	`representative_title` text,
	`address` text,
	`phone` text,
	`service_address` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_parties_case_idx` ON `case_parties` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_parties_name_idx` ON `case_parties` (`name`);--> statement-breakpoint
CREATE INDEX `case_parties_id_number_idx` ON `case_parties` (`id_number`);--> statement-breakpoint
CREATE INDEX `case_parties_uscc_idx` ON `case_parties` (`uscc`);--> statement-breakpoint
CREATE TABLE `case_search_keys` (
	`key` integer PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_search_keys_case_id_unique` ON `case_search_keys` (`case_id`);--> statement-breakpoint
CREATE TABLE `case_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`position` integer NOT NULL,
	`starts_at` text NOT NULL,
	`data` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_sessions_case_idx` ON `case_sessions` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_sessions_starts_idx` ON `case_sessions` (`starts_at`);--> statement-breakpoint
CREATE TABLE `case_terms` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`data` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `case_terms_case_idx` ON `case_terms` (`case_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`case_number` text,
	`number_year` integer,
	`category` text NOT NULL,
	`source` text NOT NULL,
	`referral_body` text,
	`referral_reference_number` text,
	`referral_referred_on` text,
	`received_on` text NOT NULL,
	`accepted_on` text,
	`refused_on` text,
	`refusal_reason` text,
	`subject` text NOT NULL,
	`requests` text DEFAULT '[]' NOT NULL,
	`claim_amount_fen` integer,
	`track` text NOT NULL,
	`track_reason` text NOT NULL,
	`track_override_note` text,
	`status` text NOT NULL,
	`termination_on` text,
	`termination_reason` text,
	`termination_note` text,
	`closed_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_case_number_unique` ON `cases` (`case_number`);--> statement-breakpoint
CREATE INDEX `cases_received_id_idx` ON `cases` (`received_on`,`id`);--> statement-breakpoint
CREATE INDEX `cases_accepted_id_idx` ON `cases` (`accepted_on`,`id`);--> statement-breakpoint
CREATE INDEX `cases_claim_id_idx` ON `cases` (`claim_amount_fen`,`id`);--> statement-breakpoint
CREATE INDEX `cases_status_received_id_idx` ON `cases` (`status`,`received_on`,`id`);--> statement-breakpoint
CREATE INDEX `cases_category_received_id_idx` ON `cases` (`category`,`received_on`,`id`);--> statement-breakpoint
CREATE INDEX `cases_source_received_id_idx` ON `cases` (`source`,`received_on`,`id`);--> statement-breakpoint
CREATE TABLE `party_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`party_id` text NOT NULL,
	`sha256` text NOT NULL,
	`name` text NOT NULL,
	`added_at` text NOT NULL,
	`added_by` text NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `case_parties`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `stored_files`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `party_documents_party_idx` ON `party_documents` (`party_id`);--> statement-breakpoint
CREATE TABLE `stored_files` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL
);
